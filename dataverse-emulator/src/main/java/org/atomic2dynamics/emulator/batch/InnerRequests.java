package org.atomic2dynamics.emulator.batch;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.HeaderMap;
import org.atomic2dynamics.emulator.http.HttpFront;

/** Turns a batch part into a Web API request (absolute, root-relative, relative or {@code $n} URLs). */
final class InnerRequests {
    private static final String ROOT = "/api/data/v9.2/";

    private InnerRequests() {
    }

    static ApiRequest toRequest(ApiRequest outer, BatchPart.Request part, ContentIds ids) {
        String url = ids.resolveUrl(part.url());
        int root = url.indexOf(ROOT);
        String rest = root >= 0 ? url.substring(root + ROOT.length()) : url.startsWith("/") ? url.substring(1) : url;
        int q = rest.indexOf('?');
        String path = java.net.URLDecoder.decode((q < 0 ? rest : rest.substring(0, q)).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        String rawQuery = q < 0 ? null : rest.substring(q + 1);
        byte[] body = ids.resolveBody(new String(part.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>(part.headers());
        return new ApiRequest(part.method(), path, HttpFront.query(rawQuery), rawQuery, HeaderMap.of(headers), body,
                outer.caller());
    }

    /** Inside a batch a create also answers with {@code Location}, as the batch documentation shows. */
    static ApiResponse withLocation(ApiResponse response) {
        String id = response.headers().get("OData-EntityId");
        return id != null && !response.headers().containsKey("Location") ? response.header("Location", id) : response;
    }
}
