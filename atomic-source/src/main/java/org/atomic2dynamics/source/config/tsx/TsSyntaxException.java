package org.atomic2dynamics.source.config.tsx;

/** Source the parser cannot read; carries the line for the one-line error message. */
final class TsSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    TsSyntaxException(String message, int line) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
