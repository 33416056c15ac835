package org.atomic2dynamics.demo.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.demo.data.DemoDataset.Company;
import org.atomic2dynamics.demo.data.DemoDataset.Contact;
import org.atomic2dynamics.demo.data.DemoDataset.ContactNote;
import org.atomic2dynamics.demo.data.DemoDataset.Deal;
import org.atomic2dynamics.demo.data.DemoDataset.DealNote;
import org.atomic2dynamics.demo.data.DemoDataset.Tag;
import org.atomic2dynamics.demo.data.DemoDataset.Task;
import org.atomic2dynamics.demo.schema.SchemaShape;

/** Inserts the CRM rows (everything but sales and storage) in the column shape of one schema generation. */
final class EntityRows {
    private final SchemaShape shape;

    EntityRows(SchemaShape shape) {
        this.shape = shape;
    }

    void write(Connection c, DemoDataset data) throws SQLException {
        if (shape.favicons()) {
            try (Batch b = new Batch(c, "public.favicons_excluded_domains", "domain")) {
                for (String domain : data.faviconExcludedDomains()) {
                    b.add(domain);
                }
            }
        }
        try (Batch b = new Batch(c, "public.tags", "id", "name", "color")) {
            for (Tag t : data.tags()) {
                b.add(t.id(), t.name(), t.color());
            }
        }
        companies(c, data.companies());
        contacts(c, data.contacts());
        deals(c, data.deals());
        contactNotes(c, data.contactNotes());
        dealNotes(c, data.dealNotes());
        tasks(c, data.tasks());
    }

    private void companies(Connection c, List<Company> companies) throws SQLException {
        try (Batch b = new Batch(c, "public.companies", "id", "created_at", "name", "sector", "size", "linkedin_url",
                "website", "phone_number", "address", "zipcode", "city", shape.stateColumn(), "sales_id",
                "context_links::json", "country", "description", "revenue", "tax_identifier", "logo::jsonb")) {
            for (Company x : companies) {
                b.add(x.id(), x.createdAt(), x.name(), label(Vocabulary.SECTORS, x.sector()), x.size(),
                        x.linkedinUrl(), x.website(), x.phoneNumber(), x.address(), x.zipcode(), x.city(),
                        x.stateAbbr(), x.salesId(), x.contextLinks(), x.country(), x.description(), x.revenue(),
                        x.taxIdentifier(), x.logo());
            }
        }
    }

    private void contacts(Connection c, List<Contact> contacts) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("id", "first_name", "last_name", "gender", "title",
                "background", "avatar::jsonb", "first_seen", "last_seen", "has_newsletter", "status",
                "tags::bigint[]", "company_id", "sales_id", "linkedin_url"));
        columns.addAll(shape.emailJsonb() ? List.of("email_jsonb::jsonb") : List.of("email"));
        columns.addAll(shape.phoneJsonb() ? List.of("phone_jsonb::jsonb")
                : List.of("phone_1_number", "phone_1_type", "phone_2_number", "phone_2_type"));
        if (shape.acquisition()) {
            columns.add("acquisition");
        }
        try (Batch b = new Batch(c, "public.contacts", columns.toArray(String[]::new))) {
            for (Contact x : contacts) {
                List<Object> v = new ArrayList<>(List.of(x.id(), x.firstName(), x.lastName(), x.gender(), x.title(),
                        x.background()));
                v.addAll(java.util.Arrays.asList(x.avatar(), x.firstSeen(), x.lastSeen(), x.hasNewsletter(),
                        x.status(), x.tags(), x.companyId(), x.salesId(), x.linkedinUrl()));
                v.addAll(shape.emailJsonb() ? List.of(x.emails()) : List.of(x.emails().get(0).get("email")));
                if (shape.phoneJsonb()) {
                    v.add(x.phones());
                } else {
                    x.phones().forEach(p -> v.addAll(List.of(p.get("number"), p.get("type"))));
                }
                if (shape.acquisition()) {
                    v.add(x.id() % 3 == 0 ? "inbound" : "outbound");
                }
                b.add(v.toArray());
            }
        }
    }

    private void deals(Connection c, List<Deal> deals) throws SQLException {
        try (Batch b = new Batch(c, "public.deals", "id", "name", "company_id", "contact_ids::bigint[]", "category",
                "stage", "description", "amount", "created_at", "updated_at", "archived_at", "expected_closing_date",
                "sales_id", "index")) {
            for (Deal x : deals) {
                b.add(x.id(), x.name(), x.companyId(), x.contactIds(), label(Vocabulary.DEAL_CATEGORIES, x.category()),
                        x.stage(), x.description(), x.amount(), x.createdAt(), x.updatedAt(), x.archivedAt(),
                        closingDate(x.expectedClosingDate()), x.salesId(), x.index());
            }
        }
    }

    private void contactNotes(Connection c, List<ContactNote> notes) throws SQLException {
        try (Batch b = new Batch(c, "public." + shape.contactNotesTable(), "id", "contact_id", "text", "date",
                "sales_id", "status", "attachments::jsonb[]")) {
            for (ContactNote x : notes) {
                b.add(x.id(), x.contactId(), x.text(), x.date(), x.salesId(), x.status(), x.attachments());
            }
        }
    }

    private void dealNotes(Connection c, List<DealNote> notes) throws SQLException {
        try (Batch b = new Batch(c, "public." + shape.dealNotesTable(), "id", "deal_id", "text", "date", "sales_id",
                "attachments::jsonb[]")) {
            for (DealNote x : notes) {
                b.add(x.id(), x.dealId(), x.text(), x.date(), x.salesId(), x.attachments());
            }
        }
    }

    private void tasks(Connection c, List<Task> tasks) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("id", "contact_id", "type", "text", "due_date", "done_date"));
        if (shape.taskSalesId()) {
            columns.add("sales_id");
        }
        try (Batch b = new Batch(c, "public.tasks", columns.toArray(String[]::new))) {
            for (Task x : tasks) {
                List<Object> v = new ArrayList<>(java.util.Arrays.asList(x.id(), x.contactId(),
                        label(Vocabulary.TASK_TYPES, x.type()), x.text(), x.dueDate(), x.doneDate()));
                if (shape.taskSalesId()) {
                    v.add(x.salesId());
                }
                b.add(v.toArray());
            }
        }
    }

    /** Before 2026-02 sectors, categories and task types were stored as their labels. */
    private String label(Map<String, String> vocabulary, String value) {
        return shape.slugs() || value == null ? value : vocabulary.get(value);
    }

    /** Before 2026-02-26 the closing date was a timestamptz; the app wrote it at a time of day. */
    private Object closingDate(LocalDate date) {
        if (date == null || shape.closingDateIsDate()) {
            return date;
        }
        return OffsetDateTime.of(date.atTime(10, 0), ZoneOffset.UTC);
    }
}
