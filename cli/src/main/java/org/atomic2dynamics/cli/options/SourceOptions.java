package org.atomic2dynamics.cli.options;

import java.nio.file.Path;
import java.util.Map;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.source.Sources;
import picocli.CommandLine.Option;

/**
 * How to reach the Atomic CRM database, read-only. The password comes from PGPASSWORD, A2D_SOURCE_PASSWORD
 * or --source-password-file — never from the command line.
 */
public final class SourceOptions {

    @Option(names = "--source", required = true, paramLabel = "URL",
            description = "Postgres connection string: postgresql://user@host:5432/postgres, a Supabase pooler or"
                    + " direct string, or a JDBC URL (no password in it).")
    public String source;

    @Option(names = "--source-password-file", paramLabel = "FILE",
            description = "A file holding the database password (otherwise $PGPASSWORD or $A2D_SOURCE_PASSWORD).")
    public Path passwordFile;

    public SourceReader open(Map<String, String> environment) {
        return Sources.reader(source, passwordFile, environment, null);
    }
}
