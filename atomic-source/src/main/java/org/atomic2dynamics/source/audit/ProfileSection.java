package org.atomic2dynamics.source.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.source.read.LogicalColumn;
import org.atomic2dynamics.source.read.LogicalTable;
import org.atomic2dynamics.source.read.Sql;

/**
 * The data profile: row counts and owners per table, and the record problems a migration trips on: owners
 * and links pointing nowhere, duplicate company domains, contacts without a last name, malformed emails and
 * dates before 1753 (Dataverse's earliest).
 */
final class ProfileSection {
    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private ProfileSection() {
    }

    static List<Finding> run(AuditContext ctx, Profile profile) {
        List<Finding> out = new ArrayList<>();
        for (LogicalTable t : ctx.readableTables()) {
            ctx.rows(t.name() + " row count", "select count(*) from " + from(t), rs -> rs.getLong(1))
                    .forEach(n -> profile.rowCounts().put(t.name(), n));
            if (column(t, "sales_id").isPresent()) {
                owners(ctx, t, profile, out);
            }
            earlyDates(ctx, t, out);
        }
        RecordChecks checks = new RecordChecks(ctx);
        checks.dealContacts(out);
        checks.contactTags(out);
        checks.duplicateDomains(out);
        checks.missingLastNames(out);
        checks.invalidEmails(out);
        return out;
    }

    private static void owners(AuditContext ctx, LogicalTable t, Profile profile, List<Finding> out) {
        Map<String, Long> owners = new LinkedHashMap<>();
        ctx.rows(t.name() + " owners", "select sales_id::text, count(*) from " + from(t) + " group by 1 order by 1",
                rs -> owners.put(rs.getString(1) == null ? "none" : rs.getString(1), rs.getLong(2)));
        profile.owners().put(t.name(), owners);
        if (t.name().equals("sales") || ctx.readableTable("sales").isEmpty()) {
            return;
        }
        String id = Sql.ident(t.idColumn());
        String sql = "select count(*), (array_agg(x." + id + " order by x." + id + "))[1:" + Finding.SAMPLES + "] from "
                + from(t) + " x where x.sales_id is not null and not exists (select 1 from public.sales s"
                + " where s.id = x.sales_id)";
        for (Object[] r : ctx.rows(t.name() + " orphan owners", sql,
                rs -> new Object[] {rs.getLong(1), AuditContext.sampleList(rs.getArray(2), t.name())})) {
            long n = (long) r[0];
            if (n > 0) {
                out.add(Finding.decision(FindingCode.PROFILE_ORPHAN_OWNER, t.name() + ".sales_id", n + " " + t.name()
                        + " have a sales_id with no sales row", n, samples(r[1]),
                        "assign them to a fallback owner, or fix sales_id in the source"));
            }
        }
    }

    /** Values before 1753-01-01, per date and timestamp column; Dataverse refuses them. */
    private static void earlyDates(AuditContext ctx, LogicalTable t, List<Finding> out) {
        List<LogicalColumn> dates = t.columns().stream().filter(c -> c.info().family() == TypeFamily.DATE
                || c.info().family() == TypeFamily.TIMESTAMP || c.info().family() == TypeFamily.TIMESTAMPTZ).toList();
        String id = Sql.ident(t.idColumn());
        for (LogicalColumn c : dates) {
            String sql = "select count(*), (array_agg(" + id + " order by " + id + "))[1:" + Finding.SAMPLES + "] from "
                    + from(t) + " where " + c.sql() + " < '1753-01-01'";
            for (Object[] r : ctx.rows(t.name() + "." + c.name() + " early dates", sql,
                    rs -> new Object[] {rs.getLong(1), AuditContext.sampleList(rs.getArray(2), t.name())})) {
                long n = (long) r[0];
                if (n > 0) {
                    out.add(Finding.decision(FindingCode.PROFILE_DATE_BEFORE_1753, t.name() + "." + c.name(), n + " "
                            + t.name() + " have a " + c.name() + " before 1753, which Dataverse cannot store", n,
                            samples(r[1]), "leave the date empty, or correct it in the source"));
                }
            }
        }
    }

    static Optional<LogicalColumn> column(LogicalTable t, String name) {
        return t.columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static String from(LogicalTable t) {
        return "public." + Sql.ident(t.physicalName());
    }

    @SuppressWarnings("unchecked")
    static List<String> samples(Object o) {
        return (List<String>) o;
    }

    /** Counts and owners per table, for the report. */
    record Profile(Map<String, Long> rowCounts, Map<String, Map<String, Long>> owners) {
        static Profile empty() {
            return new Profile(new LinkedHashMap<>(), new LinkedHashMap<>());
        }
    }
}
