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
import org.atomic2dynamics.source.TestSources;
import org.atomic2dynamics.source.read.PostgresSourceReader;
import org.atomic2dynamics.source.reference.ReferenceSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(EmbeddedSourceExtension.class)
class SchemaDiffTest {
    /** One custom column per Postgres type family. */
    static final Map<String, TypeFamily> CUSTOM_COLUMNS = Map.ofEntries(
            Map.entry("referred_by text", TypeFamily.TEXT), Map.entry("code varchar(20)", TypeFamily.TEXT),
            Map.entry("score integer", TypeFamily.INTEGER), Map.entry("big_number bigint", TypeFamily.INTEGER),
            Map.entry("ratio numeric(12,2)", TypeFamily.NUMERIC), Map.entry("weight real", TypeFamily.FLOAT),
            Map.entry("fee money", TypeFamily.MONEY), Map.entry("vip boolean", TypeFamily.BOOLEAN),
            Map.entry("external_id uuid", TypeFamily.UUID), Map.entry("birthday date", TypeFamily.DATE),
            Map.entry("local_meeting timestamp", TypeFamily.TIMESTAMP),
            Map.entry("last_call timestamptz", TypeFamily.TIMESTAMPTZ), Map.entry("opens_at time", TypeFamily.TIME),
            Map.entry("call_length interval", TypeFamily.INTERVAL), Map.entry("meta jsonb", TypeFamily.JSON),
            Map.entry("aliases text[]", TypeFamily.ARRAY), Map.entry("mood public.mood", TypeFamily.ENUM),
            Map.entry("location point", TypeFamily.GEOMETRIC), Map.entry("availability tstzrange", TypeFamily.RANGE),
            Map.entry("last_ip inet", TypeFamily.NETWORK), Map.entry("search tsvector", TypeFamily.TSVECTOR),
            Map.entry("photo bytea", TypeFamily.BYTEA), Map.entry("flags bit(8)", TypeFamily.BIT),
            Map.entry("profile xml", TypeFamily.XML), Map.entry("pg_oid oid", TypeFamily.OTHER));

    @ParameterizedTest
    @EnumSource(SchemaGeneration.class)
    void untouchedDatabaseOfEveryGenerationHasNoDifference(SchemaGeneration generation, EmbeddedSource pg) {
        SourceDatabase db = pg.database(DatabaseSpec.of(generation).withDemo(DemoData.standard()).withoutHistory());
        assertThat(diff(db)).isEmpty();
    }

    @Test
    void findsExactlyTheAddedColumnsTablesAndChanges(EmbeddedSource pg) throws SQLException {
        SourceDatabase db = pg.freshDatabase(DatabaseSpec.demo());
        addCustomisations(db);
        List<SchemaDifference> found = diff(db);
        Map<String, TypeFamily> customColumns = found.stream().filter(SchemaDiffTest::customContactColumn)
                .collect(Collectors.toMap(SchemaDifference::subject, d -> d.column().family()));
        assertThat(customColumns).hasSize(CUSTOM_COLUMNS.size());
        CUSTOM_COLUMNS.forEach((definition, family) ->
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

    static void addCustomisations(SourceDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("create type public.mood as enum ('sad', 'ok', 'happy')");
            st.execute("alter table public.contacts " + CUSTOM_COLUMNS.keySet().stream().map(d -> "add column " + d)
                    .collect(Collectors.joining(", ")));
            st.execute("create table public.campaigns (id bigint generated by default as identity primary key,"
                    + " name text not null, starts date)");
            st.execute("alter table public.deals add column campaign_id bigint"
                    + " constraint deals_campaign_fkey references public.campaigns (id) on delete set null");
            st.execute("drop view public.activity_log; drop view public.companies_summary");
            st.execute("alter table public.companies alter column revenue type numeric using null");
            st.execute("update public.companies set country = 'USA' where country is null");
            st.execute("alter table public.companies alter column country set not null");
            st.execute("alter table public.deals drop column index");
            st.execute("alter table public.tasks drop constraint tasks_contact_id_fkey, add constraint"
                    + " tasks_contact_id_fkey foreign key (contact_id) references public.contacts (id) on delete restrict");
            st.execute("drop view public.init_state");
            st.execute("create view public.hot_deals as select id, name from public.deals where stage = 'won'");
        }
    }

    private static List<SchemaDifference> diff(SourceDatabase db) {
        try (PostgresSourceReader reader = TestSources.reader(db)) {
            return SchemaDiff.compare(new ReferenceSchemas().of(reader.generation()).schema(), reader.physicalSchema());
        }
    }
}
