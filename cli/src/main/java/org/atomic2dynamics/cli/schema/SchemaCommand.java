package org.atomic2dynamics.cli.schema;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.options.TargetOptions;
import org.atomic2dynamics.cli.steps.MappingGate;
import org.atomic2dynamics.cli.steps.SchemaStep;
import org.atomic2dynamics.cli.wiring.TargetConnections;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.schema.SchemaPlan;
import org.atomic2dynamics.dataverse.client.schema.SchemaResult;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.mapping.file.MappingDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Destination schema setup. Without --apply it prints what exists, what would be created and what conflicts,
 * and changes nothing. With --apply (a confirmed map only) it creates what is missing, waits for the keys,
 * publishes, and journals every created item in the ledger so rollback can remove it on request.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Plans (or with --apply creates) the Dataverse tables, columns, lookups, option sets and keys the"
                + " mapping needs.")
public final class SchemaCommand implements Callable<Integer> {

    @Mixin
    TargetOptions target;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping file.")
    Path mapping;

    @Option(names = "--apply", description = "Create what is missing (otherwise only print the plan).")
    boolean apply;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = Ledger.besideMapping(mapping, Clock.systemUTC())) {
            MappingDocument doc = apply ? MappingGate.confirmed(mapping, ledger, null) : MappingGate.valid(mapping, null);
            DataverseClient client = TargetConnections.connect(target, System.getenv());
            SchemaStep step = new SchemaStep(client);
            SchemaPlan plan = step.plan(doc.spec());
            out.print(json ? plan.toJson(client.json()) + "\n" : plan.toText());
            if (plan.hasConflicts()) {
                throw new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING, "the plan has conflicts; nothing was changed",
                        "resolve each conflict listed above (rename the column in the mapping, or fix Dynamics)");
            }
            if (apply) {
                SchemaResult result = step.apply(plan, ledger, null);
                out.printf("Applied: %d item(s) created%s; recorded in %s%n", result.created().size(),
                        result.published() ? " and published" : "", ledger.file());
            } else if (!plan.isSatisfied()) {
                out.println("Nothing was changed. Run again with --apply to create the missing items.");
            }
        }
        return 0;
    }
}
