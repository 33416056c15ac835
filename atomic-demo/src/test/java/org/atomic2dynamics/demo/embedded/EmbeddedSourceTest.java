package org.atomic2dynamics.demo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.demo.data.DemoData;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.demo.schema.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedSourceExtension.class)
class EmbeddedSourceTest {

    @Test
    void demoDatabaseHoldsTheDemoVolumes(EmbeddedSource pg) throws SQLException {
        SourceDatabase db = pg.database(DatabaseSpec.demo());
        try (Connection c = db.connect()) {
            assertThat(count(c, "public.sales")).isEqualTo(6);
            assertThat(count(c, "public.tags")).isEqualTo(6);
            assertThat(count(c, "public.companies")).isEqualTo(55);
            assertThat(count(c, "public.contacts")).isEqualTo(500);
            assertThat(count(c, "public.contact_notes")).isEqualTo(1200);
            assertThat(count(c, "public.deals")).isEqualTo(50);
            assertThat(count(c, "public.deal_notes")).isEqualTo(300);
            assertThat(count(c, "public.tasks")).isEqualTo(400);
            assertThat(count(c, "public.configuration")).isEqualTo(1);
            assertThat(count(c, "auth.users")).isEqualTo(6);
            assertThat(count(c, "storage.objects")).isPositive();
            assertThat(strings(c, "select email from public.sales where administrator"))
                    .containsExactly("janedoe@atomic.dev");
            assertThat(strings(c, "select count(*) from public.contacts where jsonb_array_length(email_jsonb) = 1"
                    + " and jsonb_array_length(phone_jsonb) = 2")).containsExactly("500");
        }
    }

    @Test
    void demoRowsKeepTheirIdsAndNewRowsContinueAfterThem(EmbeddedSource pg) throws SQLException {
        SourceDatabase db = pg.freshDatabase(DatabaseSpec.demo());
        try (Connection c = db.connect()) {
            assertThat(strings(c, "insert into public.tags (name, color) values ('x', '#000000') returning id"))
                    .containsExactly("7");
            assertThat(strings(c, "insert into public.contact_notes (contact_id, text) values (1, 'hi') returning id"))
                    .containsExactly("1201");
        }
    }

    @Test
    void supabaseEnvironmentIsThere(EmbeddedSource pg) throws SQLException {
        try (Connection c = pg.database(DatabaseSpec.demo()).connect()) {
            assertThat(strings(c, "select rolname from pg_roles where rolbypassrls and rolname <> 'postgres'"))
                    .containsExactly("service_role");
            assertThat(strings(c, "select extname || '@' || n.nspname from pg_extension e"
                    + " join pg_namespace n on n.oid = e.extnamespace where extname = 'citext'"))
                    .containsExactly("citext@extensions");
            assertThat(strings(c, "select id || ':' || public from storage.buckets")).containsExactly("attachments:true");
            assertThat(strings(c, "select relname from pg_class where relnamespace = 'public'::regnamespace"
                    + " and relkind = 'r' and relrowsecurity order by 1")).containsExactly("companies",
                    "configuration", "contact_notes", "contacts", "deal_notes", "deals",
                    "favicons_excluded_domains", "sales", "tags", "tasks");
            assertThat(strings(c, "select count(*) from supabase_migrations.schema_migrations"))
                    .containsExactly(String.valueOf(Migrations.all().size()));
        }
    }

    @Test
    void wrongPasswordIsRefused(EmbeddedSource pg) {
        SourceDatabase db = pg.database(DatabaseSpec.demo());
        assertThatThrownBy(() -> db.as(db.user(), "wrong").connect().close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        pg.createLoginRole("demo_reader", "s3cret", "authenticated");
        try (Connection c = db.as("demo_reader", "s3cret").connect()) {
            assertThat(strings(c, "select current_user")).containsExactly("demo_reader");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(db.toString()).doesNotContain(db.password());
    }

    @Test
    void configurationIsASingleton(EmbeddedSource pg) throws SQLException {
        try (Connection c = pg.freshDatabase(DatabaseSpec.of(SchemaGeneration.CURRENT)).connect()) {
            assertThat(strings(c, "select config::text from public.configuration where id = 1")).containsExactly("{}");
            assertThatThrownBy(() -> strings(c, "insert into public.configuration (id) values (2) returning id"))
                    .hasMessageContaining("configuration_singleton");
        }
    }

    @Test
    void triggersLowercaseEmailsAndBumpLastSeen(EmbeddedSource pg) throws SQLException {
        try (Connection c = pg.freshDatabase(DatabaseSpec.demo()).connect()) {
            strings(c, "update public.contacts set email_jsonb = '[{\"email\":\"Ann.Lee@Example.COM\",\"type\":\"Work\"}]'"
                    + " where id = 1 returning id");
            assertThat(strings(c, "select email_jsonb->0->>'email' from public.contacts where id = 1"))
                    .containsExactly("ann.lee@example.com");
            strings(c, "insert into public.contact_notes (contact_id, date) values (1, '2030-01-01T00:00:00Z') returning id");
            assertThat(strings(c, "select last_seen::date::text from public.contacts where id = 1"))
                    .containsExactly("2030-01-01");
        }
    }

    @Test
    void olderGenerationsHaveTheirOwnShape(EmbeddedSource pg) throws SQLException {
        DatabaseSpec legacy = DatabaseSpec.of(SchemaGeneration.LEGACY_2024).withDemo(DemoData.standard()).withoutHistory();
        try (Connection c = pg.database(legacy).connect()) {
            assertThat(count(c, "public.\"contactNotes\"")).isEqualTo(1200);
            assertThat(columns(c, "contacts")).contains("email", "phone_1_number", "phone_2_type")
                    .doesNotContain("email_jsonb", "acquisition");
            assertThat(columns(c, "companies")).contains("stateAbbr");
            assertThat(strings(c, "select count(*) from public.companies where sector ~ '[A-Z ]'"))
                    .containsExactly("55");
            assertThat(count(c, "supabase_migrations.schema_migrations")).isZero();
            assertThat(strings(c, "select to_regclass('public.configuration')::text")).containsOnlyNulls();
        }
        try (Connection c = pg.database(DatabaseSpec.of(SchemaGeneration.SNAKE_CASE_2026)
                .withDemo(DemoData.standard())).connect()) {
            assertThat(count(c, "public.contact_notes")).isEqualTo(1200);
            assertThat(strings(c, "select count(*) from public.tasks where type ~ '[A-Z]'")).isNotEqualTo(List.of("0"));
            assertThat(strings(c, "select data_type from information_schema.columns"
                    + " where table_name = 'deals' and column_name = 'expected_closing_date'"))
                    .containsExactly("timestamp with time zone");
        }
        try (Connection c = pg.freshDatabase(DatabaseSpec.afterMigration("20240806124555")
                .withDemo(DemoData.standard())).connect()) {
            assertThat(strings(c, "select count(*) from public.contacts where acquisition is not null"))
                    .containsExactly("500");
        }
    }

    @Test
    void plainDatabaseHasNoAtomicCrm(EmbeddedSource pg) throws SQLException {
        try (Connection c = pg.plainDatabase().connect()) {
            assertThat(strings(c, "select to_regclass('public.contacts')::text")).containsOnlyNulls();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        return Long.parseLong(strings(c, "select count(*) from " + table).get(0));
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        return strings(c, "select column_name from information_schema.columns where table_schema = 'public'"
                + " and table_name = '" + table + "'");
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
