package org.atomic2dynamics.cli;

import picocli.CommandLine;

/** Process entry point: runs the root command and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code instead of exiting; tests call this. */
    public static int run(String... args) {
        return RootCommand.commandLine().execute(args);
    }
}
