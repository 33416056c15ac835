package org.atomic2dynamics.cli.migrate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.options.FallbackOwnerOption;
import org.atomic2dynamics.cli.options.SourceOptions;
import org.atomic2dynamics.cli.options.TargetOptions;
import org.atomic2dynamics.cli.steps.LoadRun;
import org.atomic2dynamics.cli.steps.MappingGate;
import org.atomic2dynamics.cli.steps.OwnersStep;
import org.atomic2dynamics.cli.steps.RunOutputs;
import org.atomic2dynamics.cli.steps.SchemaStep;
import org.atomic2dynamics.cli.wiring.TargetConnections;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.schema.PlanItem;
import org.atomic2dynamics.dataverse.client.schema.SchemaPlan;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.engine.owners.OwnersCsv;
import org.atomic2dynamics.engine.run.RunReport;
import org.atomic2dynamics.mapping.file.MappingDocument;
import org.atomic2dynamics.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Loads every record: only with a confirmed, unchanged map, a destination schema that has everything the map
 * needs, and an owner for every record. It resumes a run that died, skips what is unchanged, and ends with a
 * reconciled report. Exit 0 when every record arrived, 34 when some were rejected or held.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Loads every record in dependency order with the confirmed mapping, and reconciles.")
public final class MigrateCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Mixin
    TargetOptions target;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The confirmed mapping file.")
    Path mapping;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the reports go.")
    Path out;

    @Mixin
    FallbackOwnerOption owner;

    @Option(names = "--chunk-size", defaultValue = "1000", description = "Records per write and ledger transaction.")
    int chunkSize;

    @Option(names = "--force", description = "Send every record, even those whose content is unchanged since the last run.")
    boolean force;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = ReportFiles.prepareDirectory(out.toAbsolutePath());
        PrintWriter console = spec.commandLine().getOut();
        try (Ledger ledger = Ledger.besideMapping(mapping, Clock.systemUTC());
                SourceReader reader = source.open(System.getenv())) {
            MappingDocument doc = MappingGate.confirmed(mapping, ledger, reader.logicalSchema());
            DataverseClient client = TargetConnections.connect(target, System.getenv());
            requireSchema(new SchemaStep(client).plan(doc.spec()));
            OwnerQueue owners = OwnersStep.reconcile(reader, client, owner.fallback);
            if (owners.blocksLoad()) {
                ReportFiles.write(dir.resolve("owners.csv"), OwnersCsv.render(owners));
                throw new MigrationException(ErrorCode.OWNERS_UNRESOLVED, owners.needingAttention().size()
                        + " owner(s) have no active Dynamics user; nothing was moved (see " + dir.resolve("owners.csv") + ")",
                        "provision the users in Dynamics, or give --fallback-owner <email or team>");
            }
            RunReport report = LoadRun.run(new LoadRun.Settings("migrate", doc.hash(), chunkSize, force), ledger, reader,
                    doc.spec(), client, owners, line -> console.println("  " + line), List.of(), Map.of());
            RunOutputs.write(dir, report, owners, console);
            return "succeeded".equals(report.run().status()) ? 0 : ErrorCode.RECORDS_REJECTED.exitCode();
        }
    }

    private static void requireSchema(SchemaPlan plan) {
        if (!plan.isSatisfied()) {
            throw new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING, "the destination lacks "
                    + plan.items().stream().filter(i -> i.action() != PlanItem.Action.EXISTS).count()
                    + " item(s) the mapping needs; nothing was moved",
                    "run: atomic2dynamics schema --mapping <file> --target <url> --apply");
        }
    }
}
