package org.atomic2dynamics.cli.mapping;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.options.SourceOptions;
import org.atomic2dynamics.cli.steps.MappingGate;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.mapping.file.MappingDocument;
import org.atomic2dynamics.mapping.handoff.HandoffSpec;
import org.atomic2dynamics.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The hand-off for the Dynamics admin: every enumeration and where it landed, stage probabilities and rules,
 * and a checklist of what Atomic CRM did in code that Dynamics will not do by itself.
 */
@Command(name = "spec", mixinStandardHelpOptions = true,
        description = "Writes the hand-off document (handoff.md) the Dynamics admin rebuilds Atomic CRM's logic from.")
public final class SpecCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping file.")
    Path mapping;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where handoff.md goes.")
    Path out;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = ReportFiles.prepareDirectory(out.toAbsolutePath());
        try (SourceReader reader = source.open(System.getenv())) {
            MappingDocument doc = MappingGate.valid(mapping, reader.logicalSchema());
            Path file = dir.resolve("handoff.md");
            ReportFiles.write(file, HandoffSpec.render(reader.configuration(), doc.spec()));
            spec.commandLine().getOut().println("Wrote " + file);
        }
        return 0;
    }
}
