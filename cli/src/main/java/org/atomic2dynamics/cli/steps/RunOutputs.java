package org.atomic2dynamics.cli.steps;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.engine.owners.OwnersCsv;
import org.atomic2dynamics.engine.run.RunReport;
import org.atomic2dynamics.report.PhaseTable;
import org.atomic2dynamics.report.ReportFiles;
import org.atomic2dynamics.report.RunReportHtml;
import org.atomic2dynamics.report.RunReportJson;

/** Writes a run's report files and prints its per-phase table. */
public final class RunOutputs {
    private RunOutputs() {
    }

    public static void write(Path out, RunReport report, OwnerQueue owners, PrintWriter console) {
        ReportFiles.write(out.resolve("report.json"), RunReportJson.render(report));
        ReportFiles.write(out.resolve("report.html"), RunReportHtml.render(report));
        if (owners != null) {
            ReportFiles.write(out.resolve("owners.csv"), OwnersCsv.render(owners));
        }
        console.println();
        console.print(PhaseTable.render(report));
        console.println();
        report.notes().forEach(n -> console.println("note: " + n));
        console.printf("run %s %s; %d requests. Reports: %s, %s%n", report.run().id(), report.run().status(),
                report.http().requests(), out.resolve("report.json"), out.resolve("report.html"));
        console.flush();
    }
}
