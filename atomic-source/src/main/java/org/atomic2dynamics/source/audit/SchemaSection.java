package org.atomic2dynamics.source.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.ColumnProposal;
import org.atomic2dynamics.core.source.ColumnProposals;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.source.diff.DifferenceKind;
import org.atomic2dynamics.source.diff.SchemaDiff;
import org.atomic2dynamics.source.diff.SchemaDifference;
import org.atomic2dynamics.source.read.Sql;

/** The schema diff as findings, with a proposed Dataverse column for every custom column. */
final class SchemaSection {
    /** Sales Professional allows at most 15 custom tables. */
    static final int CUSTOM_TABLE_LIMIT = 15;

    private SchemaSection() {
    }

    static List<Finding> run(AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<SchemaDifference> diff = SchemaDiff.compare(ctx.reference().schema(), ctx.model().physical());
        int customTables = 0;
        for (SchemaDifference d : diff) {
            switch (d.kind()) {
                case CUSTOM_COLUMN -> out.add(customColumn(ctx, d));
                case CUSTOM_TABLE -> {
                    customTables++;
                    out.add(customTable(ctx, d));
                }
                default -> out.add(other(d));
            }
        }
        if (customTables > CUSTOM_TABLE_LIMIT) {
            out.add(Finding.decision(FindingCode.SCHEMA_CUSTOM_TABLE_LIMIT, "public", customTables
                    + " custom tables: Dynamics 365 Sales Professional allows " + CUSTOM_TABLE_LIMIT, customTables,
                    List.of(), "use Sales Enterprise, merge tables, or leave some behind"));
        }
        for (String table : ctx.model().unreadableCustomTables()) {
            out.add(Finding.decision(FindingCode.SCHEMA_CUSTOM_TABLE_NO_INTEGER_KEY, table, "custom table " + table
                    + " has no single integer primary key, so its rows cannot be read in a stable order", 1, List.of(),
                    "add an identity key to the table, or leave it behind"));
        }
        return out;
    }

    private static Finding customColumn(AuditContext ctx, SchemaDifference d) {
        ColumnInfo c = d.column();
        String col = Sql.ident(c.name());
        String table = "public." + Sql.ident(d.object());
        String lengthSql = c.family() == TypeFamily.TEXT ? "max(length(" + col + "))" : "null::int";
        List<long[]> stats = ctx.rows("custom column " + d.subject(), "select count(" + col + "), " + lengthSql
                + " from " + table, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.wasNull() ? 1 : 0});
        long filled = stats.isEmpty() ? 0 : stats.get(0)[0];
        Integer maxLength = stats.isEmpty() || stats.get(0)[2] == 1 ? null : (int) stats.get(0)[1];
        ColumnProposal p = ColumnProposals.propose(c, maxLength);
        String message = "custom column " + d.subject() + " (" + c.dataType() + ", " + filled
                + " rows with a value) → proposed Dataverse " + describe(p) + ": " + p.note();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("postgresType", c.dataType());
        details.put("family", c.family().name());
        details.put("proposal", p);
        if (!c.enumLabels().isEmpty()) {
            details.put("enumLabels", c.enumLabels());
        }
        Finding f = p.needsDecision()
                ? Finding.decision(FindingCode.SCHEMA_CUSTOM_COLUMN, d.subject(), message, filled, List.of(), p.decision())
                : Finding.warning(FindingCode.SCHEMA_CUSTOM_COLUMN, d.subject(), message, filled, List.of());
        return f.withDetails(details);
    }

    private static Finding customTable(AuditContext ctx, SchemaDifference d) {
        List<Long> rows = ctx.rows("custom table " + d.object(), "select count(*) from public." + Sql.ident(d.object()),
                rs -> rs.getLong(1));
        long count = rows.isEmpty() ? 0 : rows.get(0);
        return Finding.decision(FindingCode.SCHEMA_CUSTOM_TABLE, d.object(), "custom table " + d.object() + " ("
                + d.actual() + ", " + count + " rows) needs a custom Dataverse table (Sales Professional allows "
                + CUSTOM_TABLE_LIMIT + ")", count, List.of(), "create a custom table for it, or leave it behind");
    }

    private static Finding other(SchemaDifference d) {
        String what = d.subject() + ": expected " + d.expected() + ", found " + d.actual();
        return switch (d.kind()) {
            case MISSING_TABLE -> Finding.warning(FindingCode.SCHEMA_MISSING_TABLE, d.subject(), "standard table "
                    + d.subject() + " is missing: nothing to migrate from it", 1, List.of());
            case MISSING_COLUMN -> Finding.warning(FindingCode.SCHEMA_MISSING_COLUMN, d.subject(), "standard column "
                    + d.subject() + " is missing: its Dataverse column stays empty", 1, List.of());
            case TYPE_CHANGED -> sameFamilyText(d)
                    ? Finding.info(FindingCode.SCHEMA_TYPE_CHANGED, d.subject(), what + " (same text values)", 1)
                    : Finding.warning(FindingCode.SCHEMA_TYPE_CHANGED, d.subject(), what
                            + ": values are converted from the new type; check the mapping", 1, List.of());
            case PRIMARY_KEY_CHANGED -> Finding.warning(FindingCode.SCHEMA_PRIMARY_KEY_CHANGED, d.subject(), what, 1,
                    List.of());
            default -> Finding.info(code(d.kind()), d.subject(), what, 1);
        };
    }

    private static boolean sameFamilyText(SchemaDifference d) {
        return d.column() != null && d.column().family() == TypeFamily.TEXT
                && (d.expected().equals("text") || d.expected().endsWith("citext"));
    }

    private static FindingCode code(DifferenceKind kind) {
        return FindingCode.valueOf("SCHEMA_" + kind.name());
    }

    static String describe(ColumnProposal p) {
        StringBuilder s = new StringBuilder(p.attributeType());
        if (p.maxLength() != null) {
            s.append("(").append(p.maxLength()).append(")");
        }
        if (p.precision() != null) {
            s.append(" precision ").append(p.precision());
        }
        if (p.dateTimeBehavior() != null) {
            s.append(" ").append(p.dateTimeBehavior());
        }
        return s.toString();
    }
}
