package org.atomic2dynamics.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.atomic2dynamics.emulator.auth.Caller;
import org.atomic2dynamics.emulator.auth.TokenEndpoint;
import org.atomic2dynamics.emulator.auth.TokenService;

/**
 * The one HTTP handler: the token endpoint, the authenticated Web API under {@code /api/data/v9.2/}, and
 * the unauthenticated test endpoints under {@code /_emulator/}.
 */
public final class HttpFront implements HttpHandler {
    private static final String API = "/api/data/v9.2";
    private static final int MAX_PRESIZED_BODY = 64 << 20;

    private final TokenService tokens;
    private final TokenEndpoint tokenEndpoint;
    private final Function<ApiRequest, Outcome> api;
    private final Function<ApiRequest, ApiResponse> admin;
    private final BiConsumer<ApiRequest, Integer> journal;
    private final String authorizeUri;

    /** {@code journal} receives every Web API request with the status answered (0: connection dropped). */
    public HttpFront(TokenService tokens, TokenEndpoint tokenEndpoint, Function<ApiRequest, Outcome> api,
                     Function<ApiRequest, ApiResponse> admin, BiConsumer<ApiRequest, Integer> journal, String baseUrl) {
        this.tokens = tokens;
        this.tokenEndpoint = tokenEndpoint;
        this.api = api;
        this.admin = admin;
        this.journal = journal;
        this.authorizeUri = "Bearer authorization_uri=" + baseUrl + tokens.tenant() + "/oauth2/authorize, resource_id="
                + baseUrl;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body = readBody(ex);
            String method = ex.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
            if (path.equals(API) || path.startsWith(API + "/")) {
                String rest = path.length() > API.length() + 1 ? path.substring(API.length() + 1) : "";
                Optional<Caller> caller = tokens.verify(ex.getRequestHeaders().getFirst("Authorization"));
                ApiRequest req = request(ex, method, rest, body, caller.map(Caller::userId).orElse(null));
                if (caller.isEmpty()) {
                    journal.accept(req, 401);
                    send(ex, ApiResponse.of(401).header("WWW-Authenticate", authorizeUri));
                    return;
                }
                Outcome outcome = api.apply(req);
                journal.accept(req, outcome.resetConnection() ? 0 : outcome.response().status());
                if (!outcome.resetConnection()) {
                    send(ex, outcome.response());
                }
            } else if (path.startsWith("/_emulator/")) {
                send(ex, admin.apply(request(ex, method, path.substring("/_emulator/".length()), body, null)));
            } else if (path.endsWith("/oauth2/v2.0/token") && path.split("/").length == 5) {
                send(ex, tokenEndpoint.handle(method, path.split("/")[1], body));
            } else {
                send(ex, new ApiResponse(404, Map.of("Content-Type", "text/plain"),
                        "Not found".getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    /** Reads a body of known length straight into its array (bulk bodies are hundreds of KB). */
    private static byte[] readBody(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        String contentLength = ex.getRequestHeaders().getFirst("Content-Length");
        int length = -1;
        try {
            length = contentLength == null ? -1 : Integer.parseInt(contentLength.trim());
        } catch (NumberFormatException e) {
            // read it to the end instead
        }
        if (length < 0 || length > MAX_PRESIZED_BODY || ex.getRequestHeaders().containsKey("Transfer-Encoding")) {
            return in.readAllBytes();
        }
        byte[] body = new byte[length];
        int read = in.readNBytes(body, 0, length);
        return read == length ? body : java.util.Arrays.copyOf(body, read);
    }

    private static ApiRequest request(HttpExchange ex, String method, String path, byte[] body, java.util.UUID caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
        String raw = ex.getRequestURI().getRawQuery();
        return new ApiRequest(method, path, query(raw), raw, HeaderMap.of(headers), body, caller);
    }

    /** Decodes a query string; a repeated option keeps its first value. */
    public static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static void send(HttpExchange ex, ApiResponse response) throws IOException {
        response.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        boolean empty = response.body().length == 0;
        ex.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(response.body());
            }
        }
    }
}
