package org.atomic2dynamics.dataverse.client.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A Web API response with its body already decompressed. */
public record HttpAnswer(int status, HttpHeaders headers, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
