package org.atomic2dynamics.dataverse.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exact form posted, token renewal by the clock, and an authority that echoes the secret: scripted,
 * because the emulator issues only hour-long tokens and never repeats a secret. EmulatorRoundTripTest
 * authenticates against the emulator's real token endpoint.
 */
class FormPostTokenProviderTest {
    private static final String SECRET = "s3cr3t-value-never-shown";
    private ScriptedServer server;
    private ClientCredentials app;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer();
        app = new ClientCredentials("tenant-1", "client-1", URI.create("https://org.crm.dynamics.com/"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void postsTheClientCredentialsFormAndCachesTheToken() {
        server.then(Reply.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"tok-A\"}"));
        FormPostTokenProvider tokens = new FormPostTokenProvider(server.baseUri(), app, Secret.of(SECRET, "env X"));
        assertThat(tokens.token().value().reveal()).isEqualTo("tok-A");
        assertThat(tokens.token().value().reveal()).isEqualTo("tok-A");
        assertThat(server.seen()).hasSize(1);
        ScriptedServer.Seen post = server.seen().get(0);
        assertThat(post.uri()).isEqualTo("/tenant-1/oauth2/v2.0/token");
        assertThat(URLDecoder.decode(post.body(), StandardCharsets.UTF_8)).isEqualTo("client_id=client-1"
                + "&scope=https://org.crm.dynamics.com/.default&client_secret=" + SECRET + "&grant_type=client_credentials");
        assertThat(tokens.describe()).doesNotContain(SECRET);
    }

    @Test
    void renewsBeforeExpiryAndAfterInvalidate() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        server.then(Reply.json(200, "{\"expires_in\":240,\"access_token\":\"short\"}"))
                .then(Reply.json(200, "{\"expires_in\":3599,\"access_token\":\"long\"}"))
                .then(Reply.json(200, "{\"expires_in\":3599,\"access_token\":\"after-401\"}"));
        FormPostTokenProvider tokens = new FormPostTokenProvider(server.baseUri(), app, Secret.of(SECRET, "env X"), clock);
        assertThat(tokens.token().value().reveal()).isEqualTo("short");
        assertThat(tokens.token().value().reveal()).isEqualTo("long"); // 4 minutes left is inside the renewal margin
        assertThat(tokens.token().value().reveal()).isEqualTo("long");
        tokens.invalidate();
        assertThat(tokens.token().value().reveal()).isEqualTo("after-401");
    }

    @Test
    void aRefusalNamesTheReasonButNeverTheSecret() {
        server.then(Reply.json(400, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client "
                + "secret provided: " + SECRET + "\\r\\nTrace ID: 1\"}"));
        FormPostTokenProvider tokens = new FormPostTokenProvider(server.baseUri(), app, Secret.of(SECRET, "env X"));
        assertThatThrownBy(tokens::token).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TARGET_AUTH);
            assertThat(e.oneLine()).contains("invalid_client").contains("AADSTS7000215").doesNotContain(SECRET);
            assertThat(String.valueOf(e.getCause())).doesNotContain(SECRET);
        });
    }

    @Test
    void anUnreachableAuthorityIsOneLineWithoutTheSecret() {
        URI gone = server.baseUri();
        server.close();
        FormPostTokenProvider tokens = new FormPostTokenProvider(gone, app, Secret.of(SECRET, "env X"));
        assertThatThrownBy(tokens::token).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TARGET_UNREACHABLE);
            assertThat(e.oneLine()).doesNotContain(SECRET);
        });
    }
}
