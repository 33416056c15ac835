package org.atomic2dynamics.emulator;

/**
 * Why the emulator could not start, stop or persist. The emulator does not depend on the migrator's core
 * module, so callers (the CLI) translate {@link Reason} into their own error codes.
 */
public class EmulatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, coarse enough for a caller to pick an exit code. */
    public enum Reason { PORT_IN_USE, INPUT_NOT_READABLE, DATA_NOT_WRITABLE, INTERNAL }

    private final Reason reason;

    public EmulatorException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public EmulatorException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
