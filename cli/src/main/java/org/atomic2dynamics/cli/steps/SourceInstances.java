package org.atomic2dynamics.cli.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.atomic2dynamics.mapping.file.MappingFile;
import org.atomic2dynamics.source.connect.ConnectionSpec;
import org.atomic2dynamics.source.connect.ConnectionStrings;

/**
 * The source instance id that every target id is derived from. It must not change between runs, or a re-run
 * would duplicate everything: so an existing mapping file's instance wins, then an explicit one, then the
 * Supabase project ref (the same through the direct connection and the pooler), then host, port and database.
 */
public final class SourceInstances {
    private SourceInstances() {
    }

    public static String choose(String explicit, Path existingMapping, String connectionString) {
        return fromMapping(existingMapping).orElseGet(() -> explicit != null && !explicit.isBlank() ? explicit
                : derive(ConnectionStrings.parse(connectionString)));
    }

    static String derive(ConnectionSpec spec) {
        String host = spec.host().toLowerCase(Locale.ROOT);
        if (host.startsWith("db.") && host.endsWith(".supabase.co")) {
            return "supabase:" + host.substring(3, host.length() - ".supabase.co".length());
        }
        if (host.endsWith(".pooler.supabase.com") && spec.user() != null && spec.user().contains(".")) {
            return "supabase:" + spec.user().substring(spec.user().indexOf('.') + 1);
        }
        return "postgres:" + host + ":" + spec.port() + "/" + spec.database();
    }

    private static Optional<String> fromMapping(Path mapping) {
        if (mapping == null || !Files.isRegularFile(mapping)) {
            return Optional.empty();
        }
        var doc = MappingFile.load(mapping);
        return doc.readable() && doc.spec().source() != null ? Optional.ofNullable(doc.spec().source().instance())
                : Optional.empty();
    }
}
