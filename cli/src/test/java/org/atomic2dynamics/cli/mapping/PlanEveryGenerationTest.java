package org.atomic2dynamics.cli.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.atomic2dynamics.cli.steps.Planning;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.mapping.propose.ProposalSettings;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.validate.MappingValidator;
import org.atomic2dynamics.mapping.validate.ValidationReport;
import org.atomic2dynamics.source.Customisations;
import org.atomic2dynamics.source.TestSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The map proposed for real databases — every schema generation as the reader presents it, and the audit's
 * customised database with a custom column of every Postgres type family — accounts for every column: the
 * validator finds no column without an entry and nothing else wrong.
 */
@ExtendWith(EmbeddedSourceExtension.class)
class PlanEveryGenerationTest {

    @ParameterizedTest
    @EnumSource(SchemaGeneration.class)
    void everyGenerationPlansWithEveryColumnAccountedFor(SchemaGeneration generation, EmbeddedSource postgres) {
        assertPlansCleanly(postgres.database(DatabaseSpec.of(generation)));
    }

    @Test
    void theAuditsCustomisedDatabasePlansWithEveryColumnAccountedFor(EmbeddedSource postgres) throws Exception {
        SourceDatabase db = postgres.freshDatabase(DatabaseSpec.of(SchemaGeneration.CURRENT));
        Customisations.apply(db);
        MappingSpec spec = assertPlansCleanly(db);
        assertThat(spec.mappingsOf("contacts").get(0).columns()).anySatisfy(c -> assertThat(c.source()).isEqualTo("mood"));
        assertThat(spec.tables()).anySatisfy(t -> assertThat(t.source()).isEqualTo("campaigns"));
    }

    private static MappingSpec assertPlansCleanly(SourceDatabase db) {
        try (SourceReader reader = TestSources.reader(db)) {
            MappingSpec spec = Planning.propose(reader, ProposalSettings.defaults("test"));
            ValidationReport report = MappingValidator.validate(spec, Planning.targetTables(), reader.logicalSchema());
            assertThat(report.lines()).isEmpty();
            for (TableInfo table : reader.logicalSchema().tables()) {
                if (reader.tables().contains(table.name())) {
                    table.columns().forEach(c -> assertThat(spec.mappingsOf(table.name()).stream()
                            .flatMap(t -> t.columns().stream()).anyMatch(e -> e.reads(c.name())))
                            .as(table.name() + "." + c.name()).isTrue());
                }
            }
            return spec;
        }
    }
}
