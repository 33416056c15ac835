package org.atomic2dynamics.source.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.source.TestSources;
import org.atomic2dynamics.source.read.PostgresSourceReader;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

@ExtendWith(EmbeddedSourceExtension.class)
class GenerationDetectorTest {

    @ParameterizedTest
    @EnumSource(SchemaGeneration.class)
    void detectsEveryGenerationFromItsHistory(SchemaGeneration generation, EmbeddedSource pg) {
        GenerationDetection d = detect(pg.database(DatabaseSpec.of(generation)));
        assertThat(d.generation()).isEqualTo(generation);
        assertThat(d.byHistory()).isEqualTo(generation);
        assertThat(d.agree()).isTrue();
        assertThat(d.evidence()).startsWith("decided by the supabase_migrations.schema_migrations");
    }

    @ParameterizedTest
    @EnumSource(SchemaGeneration.class)
    void detectsEveryGenerationFromColumnsAlone(SchemaGeneration generation, EmbeddedSource pg) {
        GenerationDetection d = detect(pg.database(DatabaseSpec.of(generation).withoutHistory()));
        assertThat(d.generation()).isEqualTo(generation);
        assertThat(d.byHistory()).isNull();
        assertThat(d.evidence()).startsWith("decided by the columns").contains("no readable supabase_migrations");
    }

    @Test
    void columnsWinWhenTheHistoryDisagrees(EmbeddedSource pg) throws SQLException {
        SourceDatabase db = pg.freshDatabase(DatabaseSpec.of(SchemaGeneration.SNAKE_CASE_2026));
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("insert into supabase_migrations.schema_migrations (version, name)"
                    + " values ('20260215134709', 'slugify_labeled_values')");
        }
        GenerationDetection d = detect(db);
        assertThat(d.generation()).isEqualTo(SchemaGeneration.SNAKE_CASE_2026);
        assertThat(d.byHistory()).isEqualTo(SchemaGeneration.CONFIGURATION_2026);
        assertThat(d.agree()).isFalse();
        assertThat(d.evidence()).contains("no configuration table").contains("points to");
    }

    @Test
    void olderColumnEvidenceIsNamed(EmbeddedSource pg) {
        GenerationDetection legacy = detect(pg.database(DatabaseSpec.of(SchemaGeneration.LEGACY_2024).withoutHistory()));
        assertThat(legacy.columnEvidence()).containsExactly("contacts.email is a text column");
        GenerationDetection current = detect(pg.database(DatabaseSpec.of(SchemaGeneration.CURRENT)));
        assertThat(current.columnEvidence()).contains("deals.expected_closing_date is date");
    }

    private static GenerationDetection detect(SourceDatabase db) {
        try (PostgresSourceReader reader = TestSources.reader(db)) {
            return reader.model().detection();
        }
    }
}
