package org.atomic2dynamics.dataverse.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Turns an error answer ({"error":{"code":"0x…","message":"…"}}) into a {@link DataverseException} and
 * decides whether it is worth retrying: throttling (429), an unavailable or overloaded front end
 * (502/503/504), and the transient SQL errors (deadlock 0x80044150, timeout 0x80044151).
 */
public final class ErrorParser {
    static final Set<String> TRANSIENT_CODES = Set.of("0x80044150", "0x80044151",
            "0x80072322", "0x80072321", "0x80072326");
    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(429, 502, 503, 504);

    private final ObjectMapper json;

    public ErrorParser(ObjectMapper json) {
        this.json = json;
    }

    public DataverseException parse(String request, HttpAnswer answer) {
        return parse(request, answer.status(), answer.text(), answer.header("Retry-After").orElse(null));
    }

    /** Also used for the inner responses of a $batch. */
    public DataverseException parse(String request, int status, String body, String retryAfterHeader) {
        JsonNode error = readError(body);
        String code = error.path("code").asText("");
        String message = error.path("message").asText("");
        if (message.isEmpty() && error.isMissingNode()) {
            message = body == null || body.isBlank() ? "" : "the response body is not an OData error ("
                    + body.length() + " characters)";
        }
        boolean retriable = isRetriable(status, code);
        return new DataverseException(request, status, code, message, retriable, retryAfter(retryAfterHeader));
    }

    public static boolean isRetriable(int status, String code) {
        return TRANSIENT_STATUSES.contains(status) || TRANSIENT_CODES.contains(code.toLowerCase());
    }

    /** Retry-After is whole seconds in Dataverse; an HTTP date or garbage is ignored. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(header.trim()) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private JsonNode readError(String body) {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body).path("error");
        } catch (IOException e) {
            return json.missingNode();
        }
    }
}
