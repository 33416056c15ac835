package org.atomic2dynamics.core.error;

/**
 * The one exception type of the tool. It carries a code (which decides the exit code), a message saying
 * what is wrong, and a hint saying what to do. The CLI prints {@link #oneLine()} and nothing else unless
 * asked to be verbose.
 */
public class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String hint;

    public MigrationException(ErrorCode code, String message, String hint) {
        this(code, message, hint, null);
    }

    public MigrationException(ErrorCode code, String message, String hint, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.hint = hint == null ? "" : hint;
    }

    public ErrorCode code() {
        return code;
    }

    public String hint() {
        return hint;
    }

    /** "error[SOURCE_AUTH]: password authentication failed for user "x" — set PGPASSWORD ..." */
    public String oneLine() {
        String text = "error[" + code.name() + "]: " + getMessage();
        return hint.isEmpty() ? text : text + " — " + hint;
    }
}
