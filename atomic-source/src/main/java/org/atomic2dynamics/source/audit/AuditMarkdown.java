package org.atomic2dynamics.source.audit;

import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.ColumnProposal;
import org.atomic2dynamics.core.source.EnumValue;

/** audit.md: the written audit a customer reads and signs off, decisions first. */
public final class AuditMarkdown {
    private AuditMarkdown() {
    }

    public static String write(AuditReport r) {
        StringBuilder md = new StringBuilder("# Atomic CRM source audit\n\n");
        md.append("- Source: `").append(r.source().connection()).append("` (").append(r.source().kind()).append(")\n");
        md.append("- Session: ").append(r.source().readOnly() ? "read-only (default_transaction_read_only=on, one"
                + " read-only REPEATABLE READ transaction); nothing was written to the source" : "NOT read-only")
                .append("\n");
        r.source().warnings().forEach(w -> md.append("- Warning: ").append(w).append("\n"));
        md.append("- Audited at: ").append(r.auditedAt()).append("\n");
        md.append("- Schema generation: **").append(r.generation().generation().label()).append("** (")
                .append(r.generation().evidence()).append(")\n");
        md.append("- Result: ").append(r.needsDecision() ? "**" + r.findings(Severity.DECISION).size()
                + " findings need a decision**" : "no decision needed").append("; ")
                .append(r.findings(Severity.WARNING).size()).append(" warnings, ")
                .append(r.findings(Severity.INFO).size()).append(" notes\n\n");
        section(md, "Decisions needed", r.findings(Severity.DECISION), true);
        customColumns(md, r);
        section(md, "Warnings", r.findings(Severity.WARNING), false);
        configuration(md, r);
        storage(md, r);
        access(md, r);
        profile(md, r);
        section(md, "Notes", r.findings(Severity.INFO), false);
        md.append("## Sign-off\n\nReviewed and accepted by: ______________________  Date: ____________\n");
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<Finding> findings, boolean decisions) {
        md.append("## ").append(title).append("\n\n");
        if (findings.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (Finding f : findings) {
            md.append("- `").append(f.code()).append("` **").append(cell(f.subject())).append("**: ")
                    .append(cell(f.message()));
            if (!f.sampleIds().isEmpty()) {
                md.append(" (e.g. ").append(String.join(", ", f.sampleIds())).append(")");
            }
            if (decisions) {
                md.append("\n  - Decide: ").append(f.decision());
            }
            md.append("\n");
        }
        md.append("\n");
    }

    private static void customColumns(StringBuilder md, AuditReport r) {
        List<Finding> columns = r.findings().stream().filter(f -> f.code() == FindingCode.SCHEMA_CUSTOM_COLUMN).toList();
        md.append("## Custom columns\n\n");
        if (columns.isEmpty()) {
            md.append("None: every column is a standard Atomic CRM column.\n\n");
            return;
        }
        md.append("| column | Postgres type | rows with a value | proposed Dataverse column | decision |\n");
        md.append("|---|---|---:|---|---|\n");
        for (Finding f : columns) {
            ColumnProposal p = (ColumnProposal) f.details().get("proposal");
            md.append("| ").append(f.subject()).append(" | ").append(cell(String.valueOf(f.details().get("postgresType"))))
                    .append(" | ").append(f.count()).append(" | ").append(SchemaSection.describe(p)).append(" | ")
                    .append(p.needsDecision() ? cell(p.decision()) : "—").append(" |\n");
        }
        md.append("\n");
    }

    private static void configuration(StringBuilder md, AuditReport r) {
        md.append("## Configuration\n\nCurrency: ").append(r.configuration().currency()).append(" (")
                .append(r.configuration().currencyOrigin()).append(")\n\n");
        r.configuration().enumerations().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            md.append("- **").append(e.getKey()).append("**: ");
            List<String> values = e.getValue().values().stream().map(AuditMarkdown::value).toList();
            md.append(String.join(", ", values)).append("\n");
        });
        md.append("\n");
    }

    private static String value(EnumValue v) {
        return "`" + v.value() + "` " + cell(v.label()) + " _(" + v.origin() + ")_";
    }

    private static void storage(StringBuilder md, AuditReport r) {
        md.append("## Storage\n\n| bucket | public | objects | bytes |\n|---|---|---:|---:|\n");
        r.storage().buckets().forEach(b -> md.append("| ").append(b.name()).append(" | ").append(b.isPublic() ? "yes" : "no")
                .append(" | ").append(b.objects()).append(" | ").append(b.bytes()).append(" |\n"));
        md.append("\nFile references in records: ").append(r.storage().references()).append("\n\n");
    }

    private static void access(StringBuilder md, AuditReport r) {
        md.append("## Access as ").append(r.source().user()).append("\n\n| table | readable | fix |\n|---|---|---|\n");
        r.access().forEach(a -> md.append("| ").append(a.schema()).append(".").append(a.table()).append(" | ")
                .append(a.readable() ? "yes" : "**no**").append(" | ").append(cell(a.fix(r.source().user())))
                .append(" |\n"));
        md.append("\n");
    }

    private static void profile(StringBuilder md, AuditReport r) {
        md.append("## Data profile\n\n| table | rows | owners (sales id: rows) |\n|---|---:|---|\n");
        new java.util.TreeMap<>(r.rowCounts()).forEach((table, n) -> md.append("| ").append(table).append(" | ")
                .append(n).append(" | ").append(owners(r.owners().get(table))).append(" |\n"));
        md.append("\n");
    }

    private static String owners(Map<String, Long> owners) {
        if (owners == null) {
            return "—";
        }
        return String.join(", ", owners.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
