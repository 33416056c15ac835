package org.atomic2dynamics.dataverse.client.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Web API request before authentication: method, path relative to the API root (or an absolute URL),
 * extra headers, and a body (empty for none). Retries resend the same call, so it is immutable. The
 * Authorization header is never part of it; toString shows no body.
 */
public record HttpCall(String method, String path, Map<String, String> headers, byte[] body) {
    public static final String JSON = "application/json; charset=utf-8";

    public HttpCall {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static HttpCall get(String path) {
        return new HttpCall("GET", path, Map.of(), null);
    }

    public static HttpCall delete(String path) {
        return new HttpCall("DELETE", path, Map.of(), null);
    }

    public static HttpCall json(String method, String path, String json) {
        return new HttpCall(method, path, Map.of("Content-Type", JSON), json.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header (replacing one of the same name). */
    public HttpCall withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpCall(method, path, copy, body);
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
