package org.atomic2dynamics.cli.mapping;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atomic2dynamics.cli.steps.Planning;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.mapping.file.MappingFile;
import org.atomic2dynamics.mapping.validate.MappingValidator;
import org.atomic2dynamics.mapping.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists every problem of a mapping file at once, each with its line. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a mapping file and lists every problem with its line.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MAPPING", description = "The mapping file (mapping.yaml).")
    Path mapping;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = MappingValidator.validate(MappingFile.load(mapping), Planning.targetTables(), null);
        PrintWriter out = spec.commandLine().getOut();
        if (report.ok()) {
            out.println(mapping + ": no problems");
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        report.lines().forEach(err::println);
        err.println("error[MAPPING_INVALID]: " + report.problems().size() + " problem(s) in " + mapping
                + " — fix them and validate again");
        return ErrorCode.MAPPING_INVALID.exitCode();
    }
}
