package org.atomic2dynamics.demo.embedded;

import java.util.Locale;
import java.util.Objects;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.demo.data.DemoData;
import org.atomic2dynamics.demo.schema.Migrations;

/**
 * What a database of the embedded server holds: the Atomic CRM schema as it stood after migration
 * {@code lastMigration}, whether supabase_migrations.schema_migrations records that history (real instances
 * differ: detection must work both ways), and the demo data, if any.
 */
public record DatabaseSpec(String lastMigration, boolean recordHistory, DemoData data) {

    public DatabaseSpec {
        Objects.requireNonNull(lastMigration, "lastMigration");
        Migrations.find(lastMigration);
    }

    /** The current generation with the standard demo data and its migration history: what `demo` uses. */
    public static DatabaseSpec demo() {
        return of(SchemaGeneration.CURRENT).withDemo(DemoData.standard());
    }

    /** The last schema of {@code generation}, history recorded, no data. */
    public static DatabaseSpec of(SchemaGeneration generation) {
        return new DatabaseSpec(Migrations.lastOf(generation).version(), true, null);
    }

    /** The schema right after one upstream migration, e.g. "20240730075029" (still with contacts.acquisition). */
    public static DatabaseSpec afterMigration(String version) {
        return new DatabaseSpec(version, true, null);
    }

    public DatabaseSpec withDemo(DemoData data) {
        return new DatabaseSpec(lastMigration, recordHistory, data);
    }

    public DatabaseSpec withoutHistory() {
        return new DatabaseSpec(lastMigration, false, data);
    }

    public boolean hasDemo() {
        return data != null;
    }

    /** A database name that identifies this spec, used for the template it is cloned from. */
    String templateName() {
        String content = data == null ? "empty" : data.key();
        return ("tpl_" + lastMigration + "_" + (recordHistory ? "h" : "n") + "_" + content).toLowerCase(Locale.ROOT);
    }
}
