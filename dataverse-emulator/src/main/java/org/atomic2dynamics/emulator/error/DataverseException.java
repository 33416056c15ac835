package org.atomic2dynamics.emulator.error;

/**
 * A failure answered the way Dataverse answers it: an HTTP status and an
 * {@code {"error":{"code","message"}}} body. Thrown anywhere inside request handling; the dispatcher turns
 * it into the response and rolls back the request's writes.
 */
public class DataverseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public DataverseException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
