package org.atomic2dynamics.cli.audit;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.options.SourceOptions;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.source.audit.AuditFiles;
import org.atomic2dynamics.source.audit.AuditReport;
import org.atomic2dynamics.source.audit.Auditor;
import org.atomic2dynamics.source.audit.Severity;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.connect.SourceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code atomic2dynamics audit}: step 1 of every migration. Reads the source read-only and writes the audit
 * a customer signs off; exits 3 when findings need a decision.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audits an Atomic CRM database read-only (schema generation, custom columns and tables,"
                + " configuration, storage, access, data profile) and writes DIR/audit.json and DIR/audit.md.")
public final class AuditCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where audit.json and audit.md go.")
    Path out;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppConfig app = source.appConfig();
        AuditReport report;
        try (SourceSession session = source.session(System.getenv())) {
            report = new Auditor().audit(session, app);
        }
        Path dir = out.toAbsolutePath().normalize();
        AuditFiles.write(report, dir);
        PrintWriter console = spec.commandLine().getOut();
        console.println(summary(report, dir));
        console.flush();
        if (report.needsDecision()) {
            throw new MigrationException(ErrorCode.FINDINGS_NEED_DECISION, report.findings(Severity.DECISION).size()
                    + " findings need a decision", "read " + dir.resolve(AuditFiles.MARKDOWN) + " and decide each");
        }
        return 0;
    }

    static String summary(AuditReport r, Path dir) {
        return String.join(System.lineSeparator(),
                "Audited " + r.source().connection() + " (" + r.source().kind() + "), "
                        + (r.source().readOnly() ? "read-only session" : "session NOT read-only"),
                "Schema generation: " + r.generation().generation().label(),
                "Findings: " + r.findings(Severity.DECISION).size() + " need a decision, "
                        + r.findings(Severity.WARNING).size() + " warnings, " + r.findings(Severity.INFO).size()
                        + " notes",
                "Wrote " + dir.resolve(AuditFiles.JSON) + " and " + dir.resolve(AuditFiles.MARKDOWN));
    }
}
