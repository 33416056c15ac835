package org.atomic2dynamics.report;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.engine.ledger.Outcome;
import org.atomic2dynamics.engine.run.PhaseReport;
import org.atomic2dynamics.engine.run.RunReport;

/** The per-phase table printed at the end of a run. */
public final class PhaseTable {
    private PhaseTable() {
    }

    public static String render(RunReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"phase", "source table", "target", "source", "created", "updated", "unchanged",
            "rejected", "held"});
        for (PhaseReport p : report.phases()) {
            rows.add(new String[] {p.name(), p.sourceTable(), p.targetTable(), Long.toString(p.counts().source()),
                count(p, Outcome.CREATED), count(p, Outcome.UPDATED), count(p, Outcome.UNCHANGED),
                count(p, Outcome.REJECTED), count(p, Outcome.HELD)});
        }
        return TextTable.render(rows, 3);
    }

    private static String count(PhaseReport p, Outcome o) {
        return Long.toString(p.counts().count(o));
    }
}
