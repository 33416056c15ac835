package org.atomic2dynamics.source.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.demo.data.DemoData;
import org.atomic2dynamics.demo.data.DemoDataset;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.source.TestSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedSourceExtension.class)
class PostgresSourceReaderTest {
    private static final DemoDataset DEMO = DemoData.standard().generate();

    @Test
    void listsStandardTablesInLoadOrderAndCountsThem(EmbeddedSource pg) {
        try (SourceReader reader = TestSources.reader(pg.database(DatabaseSpec.demo()))) {
            assertThat(reader.generation()).isEqualTo(SchemaGeneration.CURRENT);
            assertThat(reader.tables()).containsExactlyElementsOf(SourceReader.STANDARD_TABLES);
            assertThat(reader.count("contacts")).isEqualTo(500);
            assertThat(reader.count("contact_notes")).isEqualTo(1200);
            assertThat(reader.configuration().currency()).isEqualTo("USD");
        }
    }

    @Test
    void contactsComeBackAsPlainJavaValues(EmbeddedSource pg) {
        List<SourceRow> rows = readAll(pg.database(DatabaseSpec.demo()), "contacts", 0);
        assertThat(rows).hasSize(500);
        assertThat(rows).extracting(SourceRow::id).isSorted().startsWith(1L, 2L, 3L);
        DemoDataset.Contact expected = DEMO.contacts().get(41);
        SourceRow row = rows.get(41);
        assertThat(row.id()).isEqualTo(expected.id());
        assertThat(row.get("first_name")).isEqualTo(expected.firstName());
        assertThat(row.get("email_jsonb")).isEqualTo(expected.emails());
        assertThat(row.get("phone_jsonb")).isEqualTo(expected.phones());
        assertThat(row.get("tags")).isEqualTo(expected.tags());
        assertThat(row.get("first_seen")).isEqualTo(expected.firstSeen());
        assertThat(row.get("company_id")).isEqualTo(expected.companyId());
        assertThat(row.get("has_newsletter")).isEqualTo(expected.hasNewsletter());
        assertThat(((OffsetDateTime) row.get("last_seen")).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(row.values().keySet()).containsExactly("id", "first_name", "last_name", "gender", "title",
                "background", "avatar", "first_seen", "last_seen", "has_newsletter", "status", "tags", "company_id",
                "sales_id", "linkedin_url", "email_jsonb", "phone_jsonb");
    }

    @Test
    void dealsNotesAndCompaniesKeepTheirTypes(EmbeddedSource pg) {
        SourceDatabase db = pg.database(DatabaseSpec.demo());
        SourceRow deal = readAll(db, "deals", 0).get(0);
        DemoDataset.Deal d = DEMO.deals().get(0);
        assertThat(deal.get("contact_ids")).isEqualTo(d.contactIds());
        assertThat(deal.get("expected_closing_date")).isEqualTo(d.expectedClosingDate()).isInstanceOf(LocalDate.class);
        assertThat(deal.get("amount")).isEqualTo(d.amount());
        assertThat(deal.get("index")).isEqualTo(d.index());
        List<SourceRow> notes = readAll(db, "contact_notes", 0);
        DemoDataset.ContactNote withFile = DEMO.contactNotes().stream().filter(n -> n.attachments() != null)
                .findFirst().orElseThrow();
        assertThat(notes.get((int) withFile.id() - 1).get("attachments")).isEqualTo(withFile.attachments());
        SourceRow company = readAll(db, "companies", 0).get(3);
        assertThat(company.get("context_links")).isEqualTo(List.of());
        assertThat(company.get("size")).isEqualTo(DEMO.companies().get(3).size());
        assertThat(company.get("website")).isEqualTo(DEMO.companies().get(3).website());
        assertThat(company.get("logo")).isEqualTo(DEMO.companies().get(3).logo());
    }

    @Test
    void readsAfterAnIdForResuming(EmbeddedSource pg) {
        List<SourceRow> rows = readAll(pg.database(DatabaseSpec.demo()), "tasks", 390);
        assertThat(rows).extracting(SourceRow::id).containsExactly(391L, 392L, 393L, 394L, 395L, 396L, 397L, 398L,
                399L, 400L);
    }

    @Test
    void oneReaderSeesOneSnapshot(EmbeddedSource pg) throws SQLException {
        SourceDatabase db = pg.freshDatabase(DatabaseSpec.demo());
        try (SourceReader reader = TestSources.reader(db)) {
            assertThat(reader.count("tags")).isEqualTo(6);
            try (Connection writer = db.connect(); Statement st = writer.createStatement()) {
                st.execute("insert into public.tags (name, color) values ('late', '#ffffff')");
            }
            assertThat(reader.count("tags")).isEqualTo(6);
            List<SourceRow> rows = new ArrayList<>();
            reader.read("tags", 0, rows::add);
            assertThat(rows).hasSize(6);
        }
    }

    @Test
    void unknownTableIsRefused(EmbeddedSource pg) {
        try (SourceReader reader = TestSources.reader(pg.database(DatabaseSpec.demo()))) {
            assertThatThrownBy(() -> reader.count("nope")).hasMessageContaining("no readable table nope");
        }
    }

    static List<SourceRow> readAll(SourceDatabase db, String table, long afterId) {
        List<SourceRow> rows = new ArrayList<>();
        try (SourceReader reader = TestSources.reader(db)) {
            reader.read(table, afterId, rows::add);
        }
        return rows;
    }
}
