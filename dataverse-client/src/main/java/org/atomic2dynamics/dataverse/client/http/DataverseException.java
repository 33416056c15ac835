package org.atomic2dynamics.dataverse.client.http;

import java.time.Duration;
import java.util.Optional;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * A request Dataverse answered with an error (or that never got an answer: status 0). It is a
 * {@link MigrationException} with a TARGET_* code, so it reaches the user as one line, and it carries what
 * the client needs to decide: the HTTP status, the Dataverse hex code ("0x80044331", "" when none), the
 * server's message, whether a retry can succeed, and Retry-After when the server gave one.
 */
public class DataverseException extends MigrationException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String dataverseCode;
    private final String serverMessage;
    private final boolean retriable;
    private final transient Duration retryAfter;

    public DataverseException(String request, int httpStatus, String dataverseCode, String serverMessage,
            boolean retriable, Duration retryAfter) {
        super(codeFor(httpStatus), describe(request, httpStatus, dataverseCode, serverMessage), hintFor(httpStatus, retriable));
        this.httpStatus = httpStatus;
        this.dataverseCode = dataverseCode == null ? "" : dataverseCode;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.retriable = retriable;
        this.retryAfter = retryAfter;
    }

    /** No answer at all: connection refused or reset, timeout. Always retriable. */
    public static DataverseException noAnswer(String request, String what) {
        return new DataverseException(request, 0, "", what, true, null);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String dataverseCode() {
        return dataverseCode;
    }

    public String serverMessage() {
        return serverMessage;
    }

    public boolean retriable() {
        return retriable;
    }

    public boolean throttled() {
        return httpStatus == 429;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static ErrorCode codeFor(int status) {
        if (status == 0) {
            return ErrorCode.TARGET_UNREACHABLE;
        }
        return status == 401 || status == 403 ? ErrorCode.TARGET_AUTH : ErrorCode.TARGET_REJECTED;
    }

    private static String describe(String request, int status, String code, String message) {
        String head = status == 0 ? request + " got no answer" : request + " failed with HTTP " + status;
        String hex = code == null || code.isEmpty() ? "" : " " + code;
        return head + hex + (message == null || message.isEmpty() ? "" : ": " + message);
    }

    private static String hintFor(int status, boolean retriable) {
        if (status == 0) {
            return "check the environment URL and the network, then run again";
        }
        if (status == 401 || status == 403) {
            return "check the application user exists, is enabled and has a security role with the needed privileges";
        }
        return retriable ? "the service is busy; run again later" : "fix the request or the data it names";
    }
}
