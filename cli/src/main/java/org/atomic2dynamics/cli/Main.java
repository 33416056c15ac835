package org.atomic2dynamics.cli;

/** Process entry point: runs the root command and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        quietLibraries(java.util.Arrays.asList(args).contains("--verbose"));
        System.exit(run(args));
    }

    /** Libraries (the embedded Postgres above all) log at info; users see warnings only, unless verbose. */
    static void quietLibraries(boolean verbose) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** Runs a command line and returns the exit code instead of exiting; tests call this. */
    public static int run(String... args) {
        return RootCommand.commandLine().execute(args);
    }
}
