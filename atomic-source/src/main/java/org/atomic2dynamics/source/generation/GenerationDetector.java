package org.atomic2dynamics.source.generation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.source.introspect.Catalog;

/** Names the Atomic CRM schema generation (ATOMIC-CRM.md §6) from the migration history and the columns. */
public final class GenerationDetector {
    /** By oid from the catalog: naming a schema the role may not use would itself fail. */
    private static final String HISTORY_READABLE = Catalog.readable("supabase_migrations", "schema_migrations");

    private GenerationDetector() {
    }

    public static GenerationDetection detect(Connection c, SchemaSnapshot schema) throws SQLException {
        List<String> evidence = new ArrayList<>();
        SchemaGeneration byColumns = fromColumns(schema, evidence);
        String newest = null;
        int count = 0;
        if (queryBoolean(c, HISTORY_READABLE)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select count(*), max(version) from supabase_migrations.schema_migrations")) {
                rs.next();
                count = rs.getInt(1);
                newest = rs.getString(2);
            }
        }
        SchemaGeneration byHistory = newest == null ? null : fromVersion(newest);
        return new GenerationDetection(byColumns, byColumns, byHistory, newest, count, evidence);
    }

    /** The newest generation whose first migration is not after {@code version}. */
    public static SchemaGeneration fromVersion(String version) {
        SchemaGeneration found = SchemaGeneration.LEGACY_2024;
        for (SchemaGeneration g : SchemaGeneration.values()) {
            if (g.firstMigration().compareTo(version) <= 0) {
                found = g;
            }
        }
        return found;
    }

    static SchemaGeneration fromColumns(SchemaSnapshot schema, List<String> evidence) {
        Optional<TableInfo> contacts = schema.publicTable("contacts");
        if (contacts.flatMap(t -> t.column("email")).isPresent()) {
            evidence.add("contacts.email is a " + contacts.get().column("email").get().dataType() + " column");
            return SchemaGeneration.LEGACY_2024;
        }
        if (schema.publicTable("contactNotes").isPresent()) {
            evidence.add("no contacts.email column");
            evidence.add("table \"contactNotes\"");
            return SchemaGeneration.JSONB_2025;
        }
        evidence.add("table contact_notes");
        if (schema.publicTable("configuration").isEmpty()) {
            evidence.add("no configuration table");
            return SchemaGeneration.SNAKE_CASE_2026;
        }
        evidence.add("configuration table");
        Optional<ColumnInfo> closing = schema.publicTable("deals").flatMap(t -> t.column("expected_closing_date"));
        String closingType = closing.map(ColumnInfo::dataType).orElse("absent");
        evidence.add("deals.expected_closing_date is " + closingType);
        return closingType.equals("date") ? SchemaGeneration.CURRENT : SchemaGeneration.CONFIGURATION_2026;
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
