package org.atomic2dynamics.source.bench;

import org.atomic2dynamics.demo.data.DemoData;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.source.TestSources;
import org.atomic2dynamics.source.audit.AuditJson;
import org.atomic2dynamics.source.audit.AuditMarkdown;
import org.atomic2dynamics.source.audit.AuditReport;
import org.atomic2dynamics.source.audit.Auditor;
import org.atomic2dynamics.source.connect.SourceSession;

/**
 * Times the whole audit (connect, introspect, every section, both writers) on the demo database. Not a test:
 * run by hand, numbers go to docs/BENCHMARKS.md. Arguments: demo scale (default 1), runs (default 5).
 */
public final class AuditBenchmark {
    private AuditBenchmark() {
    }

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (EmbeddedSource pg = EmbeddedSource.start()) {
            long built = System.nanoTime();
            SourceDatabase db = pg.database(DatabaseSpec.demo().withDemo(DemoData.standard().scale(scale)));
            System.out.printf("demo database at scale %d built in %.1f s%n", scale, seconds(built));
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                try (SourceSession session = TestSources.session(db)) {
                    AuditReport report = new Auditor().audit(session, null);
                    int size = AuditJson.write(report).length() + AuditMarkdown.write(report).length();
                    System.out.printf("run %d: %.2f s, %d findings, %d chars written%n", run, seconds(start),
                            report.findings().size(), size);
                }
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
