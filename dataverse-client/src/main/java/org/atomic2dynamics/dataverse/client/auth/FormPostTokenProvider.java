package org.atomic2dynamics.dataverse.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * OAuth2 client credentials with a client secret as a plain form post to
 * {@code {authority}/{tenant}/oauth2/v2.0/token}. Used for the emulator (MSAL4J insists on https and
 * authority discovery); works against Entra ID too. Errors carry the server's error code and
 * description with the secret scrubbed out, never the request.
 */
public final class FormPostTokenProvider implements TokenProvider {
    private static final Duration RENEW_MARGIN = Duration.ofMinutes(5);

    private final URI tokenUri;
    private final ClientCredentials app;
    private final Secret clientSecret;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final RenewingTokenCache cache;

    public FormPostTokenProvider(URI authority, ClientCredentials app, Secret clientSecret, Clock clock) {
        String base = authority.toString().replaceAll("/+$", "");
        this.tokenUri = URI.create(base + "/" + app.tenant() + "/oauth2/v2.0/token");
        this.app = app;
        this.clientSecret = clientSecret;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        this.cache = new RenewingTokenCache(this::fetch, RENEW_MARGIN, clock);
    }

    public FormPostTokenProvider(URI authority, ClientCredentials app, Secret clientSecret) {
        this(authority, app, clientSecret, Clock.systemUTC());
    }

    @Override
    public AccessToken token() {
        return cache.get();
    }

    @Override
    public void invalidate() {
        cache.invalidate();
    }

    @Override
    public String describe() {
        return "client " + app.clientId() + " (client secret from " + clientSecret.origin() + ")";
    }

    private AccessToken fetch() {
        String form = "client_id=" + enc(app.clientId()) + "&scope=" + enc(app.scope())
                + "&client_secret=" + enc(clientSecret.reveal()) + "&grant_type=client_credentials";
        HttpRequest request = HttpRequest.newBuilder(tokenUri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.TARGET_UNREACHABLE, "token endpoint " + tokenUri
                    + " cannot be reached (" + e.getClass().getSimpleName() + ")", "check the authority URL and network");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(ErrorCode.INTERRUPTED, "interrupted while fetching a token", "run again");
        }
        return parse(response);
    }

    private AccessToken parse(HttpResponse<String> response) {
        JsonNode body = readJson(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            String reason = body.path("error").asText("HTTP " + response.statusCode());
            String detail = body.path("error_description").asText("").lines().findFirst().orElse("");
            throw new MigrationException(ErrorCode.TARGET_AUTH, clientSecret.scrub("token request for client "
                    + app.clientId() + " was refused: " + reason + (detail.isEmpty() ? "" : " (" + detail + ")")),
                    "check the tenant, client id and secret of the application user");
        }
        long seconds = body.path("expires_in").asLong(3599);
        Instant expires = clock.instant().plusSeconds(seconds);
        return new AccessToken(Secret.of(body.get("access_token").asText(), "token endpoint"), expires);
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
