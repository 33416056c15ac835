package org.atomic2dynamics.source.audit;

import java.util.List;
import java.util.Optional;
import org.atomic2dynamics.source.read.LogicalColumn;
import org.atomic2dynamics.source.read.LogicalTable;

/** The cross-record checks of the data profile, each one query over the normalised columns. */
final class RecordChecks {
    private final AuditContext ctx;

    RecordChecks(AuditContext ctx) {
        this.ctx = ctx;
    }

    void dealContacts(List<Finding> out) {
        Optional<LogicalTable> deals = ctx.readableTable("deals");
        if (deals.isEmpty() || ctx.readableTable("contacts").isEmpty()) {
            return;
        }
        count(out, "deals.contact_ids", "select count(*), (array_agg(distinct d.id))[1:5] from "
                + ProfileSection.from(deals.get()) + " d, unnest(d.contact_ids) x where not exists (select 1 from"
                + " public.contacts c where c.id = x)", "deals",
                (n, s) -> Finding.warning(FindingCode.PROFILE_ORPHAN_DEAL_CONTACT, "deals.contact_ids", n
                        + " links from deals to contacts point at contacts that do not exist; they are left out", n, s));
    }

    void contactTags(List<Finding> out) {
        if (ctx.readableTable("contacts").isEmpty() || ctx.readableTable("tags").isEmpty()) {
            return;
        }
        count(out, "contacts.tags", "select count(*), (array_agg(distinct c.id))[1:5] from public.contacts c,"
                + " unnest(c.tags) x where not exists (select 1 from public.tags t where t.id = x)", "contacts",
                (n, s) -> Finding.warning(FindingCode.PROFILE_ORPHAN_CONTACT_TAG, "contacts.tags", n
                        + " tag references on contacts point at tags that do not exist; they are left out", n, s));
    }

    void duplicateDomains(List<Finding> out) {
        if (ctx.readableTable("companies").isEmpty()) {
            return;
        }
        String domain = "lower(regexp_replace(website::text, '^([a-z]+://)?(www\\.)?([^/:?#]+).*$', '\\3', 'i'))";
        count(out, "companies.website", "select count(*), (array_agg(ids[1] || ',' || ids[2]))[1:5] from (select "
                + domain + " d, array_agg(id order by id) ids from public.companies where coalesce(website::text, '')"
                + " <> '' group by 1 having count(*) > 1) dup", null,
                (n, s) -> Finding.warning(FindingCode.PROFILE_DUPLICATE_COMPANY_DOMAIN, "companies.website", n
                        + " web domains are shared by several companies (possible duplicates); each company is"
                        + " migrated as its own account", n, s));
    }

    void missingLastNames(List<Finding> out) {
        if (ctx.readableTable("contacts").isEmpty()) {
            return;
        }
        count(out, "contacts.last_name", "select count(*), (array_agg(id order by id))[1:5] from public.contacts"
                + " where coalesce(btrim(last_name), '') = ''", "contacts",
                (n, s) -> Finding.decision(FindingCode.PROFILE_CONTACT_WITHOUT_LAST_NAME, "contacts.last_name", n
                        + " contacts have no last name, which Dynamics requires for contacts and leads", n, s,
                        "use the first name or the email as last name, or complete them in the source"));
    }

    void invalidEmails(List<Finding> out) {
        ctx.readableTable("contacts").flatMap(t -> ProfileSection.column(t, "email_jsonb").map(c -> emails(t, c)))
                .ifPresent(sql -> count(out, "contacts.email_jsonb", sql, "contacts",
                        (n, s) -> Finding.warning(FindingCode.PROFILE_INVALID_EMAIL, "contacts.email_jsonb", n
                                + " contact emails are not valid addresses; they are migrated as written", n, s)));
        if (ctx.readableTable("sales").isPresent()) {
            count(out, "sales.email", "select count(*), (array_agg(id order by id))[1:5] from public.sales"
                    + " where email::text !~ '" + ProfileSection.EMAIL_PATTERN + "'", "sales",
                    (n, s) -> Finding.warning(FindingCode.PROFILE_INVALID_EMAIL, "sales.email", n
                            + " sales users have an email that is not a valid address; they cannot be matched to"
                            + " Dynamics users", n, s));
        }
    }

    private static String emails(LogicalTable t, LogicalColumn emailJsonb) {
        return "select count(*), (array_agg(distinct id))[1:5] from " + ProfileSection.from(t) + ", jsonb_array_elements("
                + "case when jsonb_typeof(" + emailJsonb.sql() + ") = 'array' then " + emailJsonb.sql()
                + " else '[]'::jsonb end) e where coalesce(e->>'email', '') !~ '" + ProfileSection.EMAIL_PATTERN + "'";
    }

    private interface Maker {
        Finding make(long count, List<String> samples);
    }

    private void count(List<Finding> out, String what, String sql, String table, Maker maker) {
        for (Object[] r : ctx.rows(what, sql, rs -> new Object[] {rs.getLong(1), samples(rs.getArray(2), table)})) {
            long n = (long) r[0];
            if (n > 0) {
                out.add(maker.make(n, ProfileSection.samples(r[1])));
            }
        }
    }

    private static List<String> samples(java.sql.Array array, String table) throws java.sql.SQLException {
        if (table != null) {
            return AuditContext.sampleList(array, table);
        }
        return array == null ? List.of() : List.of((String[]) array.getArray()).stream()
                .map(ids -> "companies:" + ids.replace(",", "+companies:")).toList();
    }
}
