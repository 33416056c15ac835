package org.atomic2dynamics.demo.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.source.SchemaGeneration;

/**
 * The project's re-statement of Atomic CRM's migration history (ATOMIC-CRM.md §6), in apply order. A
 * generation's schema is every migration before the first migration of the next generation.
 */
public final class Migrations {
    static final String BASE = "/org/atomic2dynamics/demo/sql/";
    private static final List<Migration> ALL = load();

    private Migrations() {
    }

    public static List<Migration> all() {
        return ALL;
    }

    public static Migration find(String version) {
        return ALL.stream().filter(m -> m.version().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Atomic CRM migration " + version));
    }

    /** Every migration up to and including {@code version}. */
    public static List<Migration> upTo(String version) {
        find(version);
        return ALL.stream().filter(m -> m.version().compareTo(version) <= 0).toList();
    }

    /** The newest migration that still belongs to {@code generation}. */
    public static Migration lastOf(SchemaGeneration generation) {
        SchemaGeneration[] all = SchemaGeneration.values();
        int next = generation.ordinal() + 1;
        String limit = next < all.length ? all[next].firstMigration() : "99999999999999";
        Migration last = null;
        for (Migration m : ALL) {
            if (m.version().compareTo(limit) < 0) {
                last = m;
            }
        }
        return last;
    }

    private static List<Migration> load() {
        List<Migration> list = new ArrayList<>();
        try (InputStream in = Migrations.class.getResourceAsStream(BASE + "migrations.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    int cut = line.indexOf('_');
                    list.add(new Migration(line.substring(0, cut), line.substring(cut + 1).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration index", e);
        }
        return List.copyOf(list);
    }
}
