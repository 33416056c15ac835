package org.atomic2dynamics.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.engine.ledger.Outcome;
import org.atomic2dynamics.engine.run.PhaseReport;
import org.atomic2dynamics.engine.run.Reject;
import org.atomic2dynamics.engine.run.RunReport;
import org.atomic2dynamics.engine.run.SourceTally;

/** report.html: one self-contained page (no scripts, no external assets) a customer can archive. */
public final class RunReportHtml {
    /** Beyond this many, rejects are summarised; report.json and the ledger keep them all. */
    static final int MAX_REJECT_ROWS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STYLE = "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;"
            + "text-align:left}th{background:#f3f3f3}.ok{color:#17692e}.bad{color:#a01818}dl dt{font-weight:600}";

    private RunReportHtml() {
    }

    public static String render(RunReport report) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
        b.append("atomic2dynamics run ").append(Html.esc(report.run().id())).append("</title><style>").append(STYLE)
                .append("</style></head><body>");
        b.append("<h1>atomic2dynamics run ").append(Html.esc(report.run().id())).append("</h1>");
        b.append("<p>Status: <strong>").append(Html.esc(report.run().status())).append("</strong> — ")
                .append(report.reconciles() ? "<span class=\"ok\">every source record is accounted for</span>"
                        : "<span class=\"bad\">some source records are not accounted for</span>")
                .append("</p><p>Started ").append(Html.esc(report.run().startedAt())).append(", finished ")
                .append(Html.esc(report.run().finishedAt())).append(". Source ")
                .append(Html.esc(report.run().sourceInstance())).append(", target ")
                .append(Html.esc(report.run().target())).append(".</p>");
        notes(b, report.notes());
        b.append("<h2>Phases</h2>").append(phases(report.phases()));
        b.append("<h2>Reconciliation per source table</h2>").append(tallies(report.sources()));
        b.append("<h2>Requests</h2><p>").append(report.http().requests()).append(" requests, ")
                .append(report.http().retries()).append(" retries, ").append(report.http().throttled())
                .append(" throttled (429).</p>");
        report.sections().forEach((name, value) -> b.append("<h2>").append(Html.esc(title(name))).append("</h2>")
                .append(Html.node(JSON.valueToTree(value))));
        b.append("<h2>Records that did not arrive</h2>").append(rejects(report.rejects()));
        return b.append("</body></html>\n").toString();
    }

    private static void notes(StringBuilder b, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        b.append("<h2>Read this</h2><ul>");
        notes.forEach(n -> b.append("<li>").append(Html.esc(n)).append("</li>"));
        b.append("</ul>");
    }

    private static String phases(List<PhaseReport> phases) {
        List<List<String>> rows = new ArrayList<>();
        for (PhaseReport p : phases) {
            List<String> row = new ArrayList<>(List.of(p.name(), p.sourceTable(), p.targetTable(),
                    Long.toString(p.counts().source())));
            for (Outcome o : Outcome.values()) {
                row.add(Long.toString(p.counts().count(o)));
            }
            rows.add(row);
        }
        return Html.table(List.of("phase", "source table", "target table", "source", "created", "updated",
                "unchanged", "rejected", "held"), rows);
    }

    private static String tallies(List<SourceTally> tallies) {
        return Html.table(List.of("source table", "source records", "accounted for", "balances"), tallies.stream()
                .map(t -> List.of(t.sourceTable(), Long.toString(t.sourceCount()), Long.toString(t.accounted()),
                        t.balances() ? "yes" : "NO"))
                .toList());
    }

    private static String rejects(List<Reject> rejects) {
        if (rejects.isEmpty()) {
            return "<p class=\"ok\">None.</p>";
        }
        List<List<String>> rows = rejects.stream().limit(MAX_REJECT_ROWS)
                .map(r -> List.of(r.phase(), r.sourceTable() + "#" + r.sourceId(), r.outcome(),
                        r.code() == null ? "" : r.code(), r.reason() == null ? "" : r.reason()))
                .toList();
        String more = rejects.size() > MAX_REJECT_ROWS
                ? "<p>" + (rejects.size() - MAX_REJECT_ROWS) + " more in report.json and the run ledger.</p>" : "";
        return Html.table(List.of("phase", "source record", "outcome", "code", "reason"), rows) + more;
    }

    private static String title(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('_', ' ');
    }
}
