package org.atomic2dynamics.source.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.demo.data.DemoData;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.source.Customisations;
import org.atomic2dynamics.source.TestSources;
import org.atomic2dynamics.source.read.PostgresSourceReader;
import org.atomic2dynamics.source.reference.ReferenceSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(EmbeddedSourceExtension.class)
class SchemaDiffTest {
    @ParameterizedTest
    @EnumSource(SchemaGeneration.class)
    void untouchedDatabaseOfEveryGenerationHasNoDifference(SchemaGeneration generation, EmbeddedSource pg) {
        SourceDatabase db = pg.database(DatabaseSpec.of(generation).withDemo(DemoData.standard()).withoutHistory());
        assertThat(diff(db)).isEmpty();
    }

    @Test
    void findsExactlyTheAddedColumnsTablesAndChanges(EmbeddedSource pg) throws SQLException {
        SourceDatabase db = pg.freshDatabase(DatabaseSpec.demo());
        Customisations.apply(db);
        List<SchemaDifference> found = diff(db);
        Map<String, TypeFamily> customColumns = found.stream().filter(SchemaDiffTest::customContactColumn)
                .collect(Collectors.toMap(SchemaDifference::subject, d -> d.column().family()));
        assertThat(customColumns).hasSize(Customisations.CUSTOM_COLUMNS.size());
        Customisations.CUSTOM_COLUMNS.forEach((definition, family) ->
                assertThat(customColumns).containsEntry("contacts." + definition.split(" ")[0], family));
        assertThat(found).filteredOn(d -> !customContactColumn(d))
                .extracting(d -> d.kind() + " " + d.subject() + " " + d.expected() + " → " + d.actual())
                .containsExactlyInAnyOrder(
                        "CUSTOM_TABLE campaigns null → 3 columns",
                        "TYPE_CHANGED companies.revenue text → numeric",
                        "NULLABILITY_CHANGED companies.country null → not null",
                        "MISSING_COLUMN deals.index smallint → absent",
                        "FOREIGN_KEY_ADDED deals.deals_campaign_fkey null → (campaign_id) → campaigns(id) on update"
                                + " NO ACTION on delete SET NULL",
                        "CUSTOM_COLUMN deals.campaign_id null → bigint",
                        "FOREIGN_KEY_CHANGED tasks.tasks_contact_id_fkey (contact_id) → contacts(id) on update CASCADE"
                                + " on delete CASCADE → (contact_id) → contacts(id) on update NO ACTION on delete"
                                + " RESTRICT",
                        "VIEW_ADDED hot_deals null → id, name",
                        "VIEW_MISSING init_state present → absent",
                        "VIEW_MISSING activity_log present → absent",
                        "VIEW_MISSING companies_summary present → absent");
    }

    private static boolean customContactColumn(SchemaDifference d) {
        return d.kind() == DifferenceKind.CUSTOM_COLUMN && d.object().equals("contacts");
    }

    private static List<SchemaDifference> diff(SourceDatabase db) {
        try (PostgresSourceReader reader = TestSources.reader(db)) {
            return SchemaDiff.compare(new ReferenceSchemas().of(reader.generation()).schema(), reader.physicalSchema());
        }
    }
}
