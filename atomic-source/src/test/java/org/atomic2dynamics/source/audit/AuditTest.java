package org.atomic2dynamics.source.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.source.ColumnProposal;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.demo.data.DemoData;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.source.Customisations;
import org.atomic2dynamics.source.TestSources;
import org.atomic2dynamics.source.connect.SourceSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(EmbeddedSourceExtension.class)
class AuditTest {

    @ParameterizedTest
    @EnumSource(SchemaGeneration.class)
    void untouchedDatabasesOfEveryGenerationAreClean(SchemaGeneration generation, EmbeddedSource pg) {
        for (DatabaseSpec spec : List.of(DatabaseSpec.of(generation).withDemo(DemoData.standard()),
                DatabaseSpec.of(generation).withDemo(DemoData.standard()).withoutHistory())) {
            AuditReport report = audit(pg.database(spec));
            assertThat(report.findings()).as(spec.toString())
                    .filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
            assertThat(report.needsDecision()).isFalse();
            assertThat(report.generation().generation()).isEqualTo(generation);
            assertThat(report.source().readOnly()).isTrue();
            assertThat(report.rowCounts()).containsEntry("contacts", 500L).containsEntry("contact_notes", 1200L);
            assertThat(codes(report)).contains(FindingCode.STORAGE_INVENTORY);
        }
    }

    @Test
    void findsExactlyWhatWasAdded(EmbeddedSource pg) throws SQLException {
        SourceDatabase db = pg.freshDatabase(DatabaseSpec.demo().withDemo(DemoData.standard().withAuditSamples()));
        Customisations.apply(db);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("update public.deals set stage = 'negotiation-2' where id in (3, 5, 8)");
            st.execute("insert into public.campaigns (name) values ('Spring'), ('Fall')");
            st.execute("update public.tasks set sales_id = 999 where id = 7");
            st.execute("update public.deals set contact_ids = contact_ids || 99999::bigint where id = 2");
            st.execute("update public.contacts set tags = array[77]::bigint[] where id = 4");
            st.execute("update public.companies set website = (select website from public.companies where id = 1)"
                    + " where id = 2");
            st.execute("update public.contacts set last_name = null where id in (10, 11)");
            st.execute("update public.contacts set email_jsonb = '[{\"email\":\"not-an-email\",\"type\":\"Work\"}]'"
                    + " where id = 12");
            st.execute("update public.contact_notes set date = '1700-01-01T00:00:00Z' where id = 20");
        }
        AuditReport report = audit(db);
        Map<String, Finding> bySubject = report.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .collect(Collectors.toMap(f -> f.code() + " " + f.subject(), f -> f, (a, b) -> a));
        List<String> expectedColumns = Customisations.CUSTOM_COLUMNS.keySet().stream()
                .map(d -> "SCHEMA_CUSTOM_COLUMN contacts." + d.split(" ")[0]).toList();
        assertThat(bySubject.keySet()).containsAll(expectedColumns).containsAll(List.of(
                "SCHEMA_CUSTOM_COLUMN deals.campaign_id",
                "SCHEMA_CUSTOM_TABLE campaigns",
                "SCHEMA_TYPE_CHANGED companies.revenue",
                "SCHEMA_MISSING_COLUMN deals.index",
                "CONFIG_VALUE_NOT_CONFIGURED deals.stage = negotiation-2",
                "STORAGE_DANGLING_REFERENCE storage",
                "STORAGE_UNREFERENCED_OBJECT storage",
                "STORAGE_FILE_OVER_LIMIT storage",
                "STORAGE_FILE_OVER_BASE64_LIMIT storage",
                "PROFILE_ORPHAN_OWNER tasks.sales_id",
                "PROFILE_ORPHAN_DEAL_CONTACT deals.contact_ids",
                "PROFILE_ORPHAN_CONTACT_TAG contacts.tags",
                "PROFILE_DUPLICATE_COMPANY_DOMAIN companies.website",
                "PROFILE_CONTACT_WITHOUT_LAST_NAME contacts.last_name",
                "PROFILE_INVALID_EMAIL contacts.email_jsonb",
                "PROFILE_DATE_BEFORE_1753 contact_notes.date"));
        assertThat(bySubject).hasSize(expectedColumns.size() + 16);
        assertThat(bySubject.get("CONFIG_VALUE_NOT_CONFIGURED deals.stage = negotiation-2").count()).isEqualTo(3);
        assertThat(bySubject.get("CONFIG_VALUE_NOT_CONFIGURED deals.stage = negotiation-2").sampleIds())
                .containsExactly("deals:3", "deals:5", "deals:8");
        assertThat(bySubject.get("SCHEMA_CUSTOM_TABLE campaigns").count()).isEqualTo(2);
        assertThat(bySubject.get("PROFILE_ORPHAN_OWNER tasks.sales_id").sampleIds()).containsExactly("tasks:7");
        assertThat(bySubject.get("PROFILE_CONTACT_WITHOUT_LAST_NAME contacts.last_name").count()).isEqualTo(2);
        assertThat(bySubject.get("STORAGE_DANGLING_REFERENCE storage").sampleIds()).singleElement().asString()
                .startsWith("contact_notes:1 → attachments/");
        assertThat(report.needsDecision()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SchemaGeneration.class, names = {"LEGACY_2024", "JSONB_2025", "SNAKE_CASE_2026"})
    void olderGenerationsReportOnlyWhatWasAddedToThem(SchemaGeneration generation, EmbeddedSource pg)
            throws SQLException {
        SourceDatabase db = pg.freshDatabase(DatabaseSpec.of(generation).withDemo(DemoData.standard()).withoutHistory());
        String notes = generation == SchemaGeneration.SNAKE_CASE_2026 ? "contact_notes" : "\"contactNotes\"";
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("alter table public." + notes + " add column sentiment real");
            st.execute("alter table public.contacts add column referred_by text");
            st.execute("update public.contacts set referred_by = 'Jane' where id < 4");
            st.execute("update public.tasks set type = 'Pick up' where id = 9");
        }
        AuditReport report = audit(db);
        assertThat(report.generation().generation()).isEqualTo(generation);
        assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO)
                .extracting(f -> f.code() + " " + f.subject() + " " + f.count())
                .containsExactlyInAnyOrder(
                        "SCHEMA_CUSTOM_COLUMN " + notes.replace("\"", "") + ".sentiment 0",
                        "SCHEMA_CUSTOM_COLUMN contacts.referred_by 3",
                        "CONFIG_VALUE_NOT_CONFIGURED tasks.type = pick-up 1");
    }

    @Test
    void customColumnsGetProposalsAndDecisionsByFamily(EmbeddedSource pg) throws SQLException {
        SourceDatabase db = pg.freshDatabase(DatabaseSpec.demo());
        Customisations.apply(db);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("update public.contacts set referred_by = repeat('x', 5000) where id = 1");
        }
        Map<String, Finding> columns = audit(db).findings().stream()
                .filter(f -> f.code() == FindingCode.SCHEMA_CUSTOM_COLUMN)
                .collect(Collectors.toMap(Finding::subject, f -> f));
        assertThat(proposal(columns, "contacts.referred_by").attributeType()).isEqualTo("Memo");
        assertThat(columns.get("contacts.referred_by").count()).isEqualTo(1);
        assertThat(proposal(columns, "contacts.code").maxLength()).isEqualTo(20);
        assertThat(proposal(columns, "contacts.ratio").precision()).isEqualTo(2);
        assertThat(proposal(columns, "contacts.birthday").dateTimeBehavior()).isEqualTo("DateOnly");
        assertThat(proposal(columns, "contacts.local_meeting").dateTimeBehavior()).isEqualTo("TimeZoneIndependent");
        assertThat(proposal(columns, "contacts.vip").attributeType()).isEqualTo("Boolean");
        assertThat(columns.get("contacts.mood").details()).containsEntry("enumLabels", List.of("sad", "ok", "happy"));
        for (String flagged : List.of("meta", "aliases", "mood", "location", "availability", "search", "photo", "flags",
                "profile", "call_length", "pg_oid")) {
            assertThat(columns.get("contacts." + flagged).severity()).as(flagged).isEqualTo(Severity.DECISION);
            assertThat(columns.get("contacts." + flagged).decision()).as(flagged).isNotBlank();
        }
        for (String fits : List.of("referred_by", "score", "big_number", "ratio", "weight", "fee", "vip", "external_id",
                "birthday", "last_call", "last_ip")) {
            assertThat(columns.get("contacts." + fits).severity()).as(fits).isEqualTo(Severity.WARNING);
        }
    }

    @Test
    void accessShowsWhatTheRoleCannotReadWithTheFix(EmbeddedSource pg) {
        SourceDatabase db = pg.database(DatabaseSpec.demo());
        pg.createLoginRole("audit_anon", "pw-anon", "anon");
        pg.createLoginRole("audit_user", "pw-user", "authenticated");
        AuditReport anon = audit(db.as("audit_anon", "pw-anon"));
        assertThat(anon.findings()).filteredOn(f -> f.code() == FindingCode.ACCESS_RLS_HIDES_ROWS)
                .extracting(Finding::subject).contains("public.contacts", "public.sales", "public.contact_notes");
        assertThat(anon.findings()).filteredOn(f -> f.code() == FindingCode.ACCESS_RLS_HIDES_ROWS)
                .allSatisfy(f -> assertThat(f.decision()).contains("BYPASSRLS").contains("create policy"));
        assertThat(anon.findings()).extracting(Finding::code).contains(FindingCode.STORAGE_NOT_READABLE)
                .doesNotContain(FindingCode.AUDIT_QUERY_FAILED);
        AuditReport user = audit(db.as("audit_user", "pw-user"));
        assertThat(user.findings()).extracting(Finding::code).doesNotContain(FindingCode.ACCESS_RLS_HIDES_ROWS,
                FindingCode.ACCESS_TABLE_NOT_GRANTED, FindingCode.AUDIT_QUERY_FAILED);
        assertThat(user.rowCounts()).containsEntry("deals", 50L);
    }

    @Test
    void roleWithoutGrantsIsToldWhichGrantsAreMissing(EmbeddedSource pg) {
        SourceDatabase db = pg.database(DatabaseSpec.demo());
        pg.createLoginRole("audit_nobody", "pw-nobody");
        AuditReport report = audit(db.as("audit_nobody", "pw-nobody"));
        assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.ACCESS_TABLE_NOT_GRANTED)
                .extracting(Finding::decision).contains("grant select on public.contacts to audit_nobody; (or connect"
                        + " as postgres)");
        assertThat(report.findings()).extracting(Finding::code).doesNotContain(FindingCode.AUDIT_QUERY_FAILED);
        assertThat(report.rowCounts()).isEmpty();
    }

    private static ColumnProposal proposal(Map<String, Finding> columns, String subject) {
        return (ColumnProposal) columns.get(subject).details().get("proposal");
    }

    static List<FindingCode> codes(AuditReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    static AuditReport audit(SourceDatabase db) {
        try (SourceSession session = TestSources.session(db)) {
            return new Auditor().audit(session, null);
        }
    }
}
