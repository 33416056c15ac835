package org.atomic2dynamics.emulator.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token} with the client-credentials grant, answering as Entra ID does:
 * a bearer token, or a 400 with {@code error}, {@code error_description} (AADSTS code first) and
 * {@code error_codes}.
 */
public final class TokenEndpoint {
    private final TokenService tokens;
    private final Clock clock;

    public TokenEndpoint(TokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public ApiResponse handle(String method, String tenantInPath, byte[] body) {
        if (!method.equals("POST")) {
            return oauthError(405, "invalid_request", 900561, "The endpoint only accepts POST requests.");
        }
        if (!tenantInPath.equals(tokens.tenant())) {
            return oauthError(400, "invalid_tenant", 90002, "Tenant '" + tenantInPath + "' not found.");
        }
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String clientId = form.get("client_id");
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return oauthError(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type '"
                    + form.get("grant_type") + "'.");
        }
        if (clientId == null || !tokens.knowsClient(clientId)) {
            return oauthError(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
                    + "' was not found in the directory '" + tokens.tenant() + "'.");
        }
        if (!tokens.secretMatches(clientId, form.get("client_secret"))) {
            return oauthError(400, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret "
                    + "being sent in the request is the client secret value, not the client secret ID, for a secret "
                    + "added to app '" + clientId + "'.");
        }
        String scope = form.get("scope");
        if (scope == null || !scope.endsWith("/.default")) {
            return oauthError(400, "invalid_scope", 70011, "The provided value for the input parameter 'scope' is not "
                    + "valid. The scope " + scope + " is not valid.");
        }
        String audience = scope.substring(0, scope.length() - "/.default".length());
        ObjectNode ok = Json.object().put("token_type", "Bearer").put("expires_in", TokenService.LIFETIME_SECONDS)
                .put("ext_expires_in", TokenService.LIFETIME_SECONDS).put("access_token", tokens.issue(clientId, audience));
        return json(200, ok);
    }

    private ApiResponse oauthError(int status, String error, int code, String description) {
        String trace = UUID.randomUUID().toString();
        ObjectNode body = Json.object().put("error", error)
                .put("error_description", "AADSTS" + code + ": " + description + " Trace ID: " + trace
                        + " Timestamp: " + clock.instant());
        body.putArray("error_codes").add(code);
        body.put("timestamp", clock.instant().toString()).put("trace_id", trace)
                .put("correlation_id", UUID.randomUUID().toString());
        return json(status, body);
    }

    private static ApiResponse json(int status, ObjectNode body) {
        return new ApiResponse(status, Map.of("Content-Type", "application/json; charset=utf-8",
                "Cache-Control", "no-store, no-cache"), Json.bytes(body));
    }

    private static Map<String, String> form(String text) {
        Map<String, String> out = new HashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
