package org.atomic2dynamics.cli.mapping;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.steps.MappingGate;
import org.atomic2dynamics.engine.ledger.Confirmation;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.mapping.file.MappingDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A person signs the map off: who, when, and the hash of exactly what they read, into the run ledger. */
@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = "Confirms a mapping file after review; `migrate` moves records only with a confirmed, unchanged map.")
public final class ConfirmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MAPPING", description = "The mapping file (mapping.yaml).")
    Path mapping;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who confirms (default: the login name).")
    String by;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MappingDocument doc = MappingGate.valid(mapping, null);
        try (Ledger ledger = Ledger.besideMapping(mapping, Clock.systemUTC())) {
            Confirmation c = ledger.confirmations().confirm(MappingGate.key(mapping), doc.hash(), by);
            spec.commandLine().getOut().printf("Confirmed %s (hash %s) by %s at %s; recorded in %s%n",
                    mapping, c.hash().substring(0, Math.min(c.hash().indexOf(':') + 13, c.hash().length())), c.confirmedBy(), c.confirmedAt(),
                    ledger.file());
        }
        return 0;
    }
}
