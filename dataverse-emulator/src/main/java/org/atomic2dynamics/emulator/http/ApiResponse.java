package org.atomic2dynamics.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response before it is written: status, headers in order, body bytes (empty for none). */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {
    public static final String JSON = "application/json; odata.metadata=minimal";

    public ApiResponse {
        headers = new LinkedHashMap<>(headers);
        body = body == null ? new byte[0] : body;
    }

    public static ApiResponse of(int status) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("OData-Version", "4.0");
        return new ApiResponse(status, h, new byte[0]);
    }

    public static ApiResponse json(int status, byte[] body) {
        return of(status).header("Content-Type", JSON).withBody(body);
    }

    public ApiResponse header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, h, body);
    }

    public ApiResponse withBody(byte[] b) {
        return new ApiResponse(status, headers, b);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status < 400;
    }
}
