package org.atomic2dynamics.cli.mapping;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.options.SourceOptions;
import org.atomic2dynamics.cli.options.TargetOptions;
import org.atomic2dynamics.cli.steps.Planning;
import org.atomic2dynamics.cli.steps.SchemaStep;
import org.atomic2dynamics.cli.steps.SourceInstances;
import org.atomic2dynamics.cli.wiring.TargetConnections;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.mapping.file.MappingFile;
import org.atomic2dynamics.mapping.propose.ProposalSettings;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.report.ReportFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Proposes the field-level map for a person to review: every source table and column, with its target, its
 * transform, a confidence and a reason. With a target, it also shows what the destination schema lacks.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Proposes the mapping file (every table and column, with reasons) for review and confirmation.")
public final class PlanCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @ArgGroup(exclusive = false)
    TargetOptions target;

    @Option(names = "--out", required = true, paramLabel = "mapping.yaml", description = "Where to write the map.")
    Path out;

    @Option(names = "--prefix", defaultValue = "atm", description = "Publisher prefix of new columns (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--option-value-prefix", defaultValue = "72700",
            description = "The publisher's option value prefix (default: ${DEFAULT-VALUE}).")
    int optionValuePrefix;

    @Option(names = "--instance", paramLabel = "ID",
            description = "Source instance id the target ids derive from (default: kept from an existing map, else"
                    + " the Supabase project ref).")
    String instance;

    @Option(names = "--tasks-as-activities", description = "Calls become phone calls and meetings appointments.")
    boolean tasksAsActivities;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = out.toAbsolutePath().getParent();
        ReportFiles.prepareDirectory(dir);
        String id = SourceInstances.choose(instance, out, source.source);
        MappingSpec map;
        try (SourceReader reader = source.open(System.getenv())) {
            var settings = new ProposalSettings(prefix, optionValuePrefix, id, null, tasksAsActivities);
            map = Planning.propose(reader, settings);
        }
        MappingFile.write(map, out);
        PrintWriter console = spec.commandLine().getOut();
        console.println(PlanSummary.of(map, out));
        if (target != null) {
            console.println();
            console.print(new SchemaStep(TargetConnections.connect(target, System.getenv())).plan(map).toText());
        }
        console.println("Review " + out + ", then: atomic2dynamics confirm " + out);
        return 0;
    }
}
