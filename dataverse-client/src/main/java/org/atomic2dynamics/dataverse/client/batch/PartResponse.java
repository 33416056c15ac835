package org.atomic2dynamics.dataverse.client.batch;

import java.util.Map;
import java.util.Optional;

/** The answer to one request inside a $batch. Header names are lower-cased. */
public record PartResponse(String contentId, int status, Map<String, String> headers, String body) {

    public PartResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase()));
    }
}
