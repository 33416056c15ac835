package org.atomic2dynamics.cli;

import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure into one line on stderr and the exit code of its error code. A stack trace is shown only
 * when the command line asked for {@code --verbose}.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        MigrationException failure = asMigrationException(ex);
        cmd.getErr().println(failure.oneLine());
        if (parsed != null && isVerbose(parsed)) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return failure.code().exitCode();
    }

    static int exitCodeOf(Throwable t) {
        return asMigrationException(t).code().exitCode();
    }

    static MigrationException asMigrationException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof MigrationException m) {
                return m;
            }
        }
        return new MigrationException(ErrorCode.INTERNAL, t.getClass().getSimpleName() + ": " + t.getMessage(),
                "run again with --verbose and report the trace");
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
