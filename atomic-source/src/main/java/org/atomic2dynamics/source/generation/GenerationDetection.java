package org.atomic2dynamics.source.generation;

import java.util.List;
import org.atomic2dynamics.core.source.SchemaGeneration;

/**
 * Which schema generation a database has and why. {@code byColumns} always exists (the columns are the
 * truth of the shape); {@code byHistory} is null when supabase_migrations.schema_migrations is absent,
 * empty or unreadable. When both exist and disagree, the columns decide and {@link #agree()} is false.
 */
public record GenerationDetection(
        SchemaGeneration generation,
        SchemaGeneration byColumns,
        SchemaGeneration byHistory,
        String newestMigration,
        int migrationCount,
        List<String> columnEvidence) {

    public GenerationDetection {
        columnEvidence = List.copyOf(columnEvidence);
    }

    public boolean agree() {
        return byHistory == null || byHistory == byColumns;
    }

    /** One sentence for the report: which evidence decided. */
    public String evidence() {
        String columns = "columns: " + String.join(", ", columnEvidence);
        if (byHistory == null) {
            return "decided by the " + columns + " (no readable supabase_migrations.schema_migrations history)";
        }
        String history = "supabase_migrations.schema_migrations: " + migrationCount + " migrations, newest "
                + newestMigration;
        return agree() ? "decided by the " + history + "; the " + columns + " agree"
                : "decided by the " + columns + "; the " + history + " points to " + byHistory.label()
                        + " instead (renamed or merged migration files?)";
    }
}
