package org.atomic2dynamics.cli.owners;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.options.FallbackOwnerOption;
import org.atomic2dynamics.cli.options.SourceOptions;
import org.atomic2dynamics.cli.options.TargetOptions;
import org.atomic2dynamics.cli.steps.OwnersStep;
import org.atomic2dynamics.cli.wiring.TargetConnections;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.engine.owners.OwnersCsv;
import org.atomic2dynamics.report.ReportFiles;
import org.atomic2dynamics.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The owner reconciliation queue: every Atomic CRM sales user that owns anything, matched to a Dynamics user
 * by email, with the disabled and missing ones and what they own. Exits 33 when the load would be blocked.
 */
@Command(name = "owners", mixinStandardHelpOptions = true,
        description = "Matches Atomic CRM users to Dynamics users by email and writes the reconciliation queue.")
public final class OwnersCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Mixin
    TargetOptions target;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where owners.csv goes.")
    Path out;

    @Mixin
    FallbackOwnerOption owner;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = ReportFiles.prepareDirectory(out.toAbsolutePath());
        OwnerQueue queue;
        try (SourceReader reader = source.open(System.getenv())) {
            var client = TargetConnections.connect(target, System.getenv());
            queue = OwnersStep.reconcile(reader, client, owner.fallback);
        }
        ReportFiles.write(dir.resolve("owners.csv"), OwnersCsv.render(queue));
        PrintWriter console = spec.commandLine().getOut();
        console.print(table(queue));
        OwnersStep.notes(queue).forEach(n -> console.println("note: " + n));
        console.println("Wrote " + dir.resolve("owners.csv"));
        return queue.blocksLoad() ? ErrorCode.OWNERS_UNRESOLVED.exitCode() : 0;
    }

    private static String table(OwnerQueue queue) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "email", "match", "disabled", "resolution", "records"});
        for (Map<String, Object> r : OwnersCsv.rows(queue)) {
            rows.add(new String[] {str(r.get("name")), str(r.get("email")), str(r.get("match")),
                str(r.get("matched_user_disabled")), str(r.get("resolution")), str(r.get("total"))});
        }
        return TextTable.render(rows, 5);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
