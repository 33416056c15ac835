package org.atomic2dynamics.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * One Web API request, whether it came over HTTP or out of a {@code $batch} part.
 *
 * @param method    HTTP method, upper case
 * @param path      the resource path after {@code /api/data/v9.2/}, percent-decoded
 * @param query     decoded query options ($select, $filter, parameter aliases...)
 * @param rawQuery  the query string as sent (nextLinks keep it)
 * @param headers   request headers
 * @param body      request body bytes
 * @param caller    the systemuserid of the authenticated user
 */
public record ApiRequest(String method, String path, Map<String, String> query, String rawQuery,
                         HeaderMap headers, byte[] body, UUID caller) {

    public ApiRequest {
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Prefer prefer() {
        return Prefer.parse(headers);
    }

    public String queryOption(String name) {
        return query.get(name);
    }
}
