package org.atomic2dynamics.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.steps.LoadRun;
import org.atomic2dynamics.cli.steps.MappingGate;
import org.atomic2dynamics.cli.steps.Planning;
import org.atomic2dynamics.cli.steps.RunOutputs;
import org.atomic2dynamics.cli.steps.SchemaStep;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.schema.SchemaPlan;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.cli.steps.OwnersStep;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.engine.run.RunReport;
import org.atomic2dynamics.mapping.file.MappingFile;
import org.atomic2dynamics.mapping.propose.ProposalSettings;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The whole migration on the embedded default: the Atomic CRM demo database into a local Dataverse emulator,
 * every step the real thing takes (plan, confirm, schema, owners, load, follow-ups, report). Its output folder
 * keeps the emulator's state and the run ledger, so a second run finds everything in place.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the full migration of the Atomic CRM demo data into a local Dataverse emulator.")
public final class DemoCommand implements Callable<Integer> {
    /** The source instance of the demo: fixed, so a second run computes the same target ids. */
    static final String INSTANCE = "atomic-crm-demo";

    @Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR",
            description = "Where the reports, the mapping, the ledger and the emulator's state go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "Multiplies the demo volumes (default: ${DEFAULT-VALUE}).")
    int scale;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = ReportFiles.prepareDirectory(out.toAbsolutePath());
        PrintWriter console = spec.commandLine().getOut();
        console.println("Starting the embedded Atomic CRM database and the Dataverse emulator...");
        console.flush();
        try (DemoEnvironment env = DemoEnvironment.start(scale, 0, dir.resolve("emulator-state"));
                SourceReader source = env.openReader();
                Ledger ledger = Ledger.open(dir.resolve(Ledger.FILE_NAME), Clock.systemUTC())) {
            RunReport report = run(env, source, ledger, dir, console);
            return report.reconciles() ? 0 : org.atomic2dynamics.core.error.ErrorCode.RECORDS_REJECTED.exitCode();
        }
    }

    private RunReport run(DemoEnvironment env, SourceReader source, Ledger ledger, Path dir, PrintWriter console) {
        DataverseClient client = EmulatorClients.connect(env.emulator());
        List<String> notes = new ArrayList<>();
        Map<String, Object> sections = new LinkedHashMap<>();

        MappingSpec spec = Planning.propose(source, ProposalSettings.defaults(INSTANCE));
        Path mappingFile = dir.resolve("mapping.yaml");
        MappingFile.write(spec, mappingFile);
        String hash = MappingFile.read(mappingFile).hash();
        ledger.confirmations().confirm(MappingGate.key(mappingFile), hash, "demo (confirmed automatically)");
        notes.add("The demo confirms its own proposed mapping (" + mappingFile.getFileName() + "); a real migration"
                + " waits for a person to run `confirm`.");
        console.println("Mapping proposed and confirmed: " + mappingFile);

        SchemaStep schema = new SchemaStep(client);
        SchemaPlan plan = schema.plan(spec);
        int created = schema.apply(plan, ledger, null).created().size();
        console.println("Destination schema: " + created + " item(s) created.");
        sections.put("schema", Map.of("created_now", created, "items", plan.items().size()));

        OwnerQueue owners = OwnersStep.reconcile(source, client, env.fallbackOwner());

        RunReport report = LoadRun.run(new LoadRun.Settings("demo", hash, LoadRun.CHUNK_SIZE, false), ledger, source,
                spec, client, owners, line -> { console.println("  " + line); console.flush(); }, notes, sections);
        RunOutputs.write(dir, report, owners, console);
        return report;
    }
}
