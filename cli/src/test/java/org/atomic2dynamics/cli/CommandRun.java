package org.atomic2dynamics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs a command line in-process, capturing what it prints, as a user would see it. */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Runs the command line made of these parts, in order. */
    @SafeVarargs
    public static CommandRun of(List<String>... parts) {
        List<String> args = new ArrayList<>();
        for (List<String> p : parts) {
            args.addAll(p);
        }
        return of(args.toArray(String[]::new));
    }

    /** This run, after asserting it succeeded (what it printed is the failure's description). */
    public CommandRun ok() {
        assertThat(exitCode).as(err + out).isZero();
        return this;
    }
}
