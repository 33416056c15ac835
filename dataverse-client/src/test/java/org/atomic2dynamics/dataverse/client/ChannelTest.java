package org.atomic2dynamics.dataverse.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.atomic2dynamics.dataverse.client.auth.ClientCredentials;
import org.atomic2dynamics.dataverse.client.auth.FormPostTokenProvider;
import org.atomic2dynamics.dataverse.client.auth.Secret;
import org.atomic2dynamics.dataverse.client.fixture.Scripted;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer.Reply;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.throttle.ClientStatistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How one request is sent, retried and counted, against answer sequences scripted exactly: the request
 * headers as sent, a 429 then a 200 with a given Retry-After, 503 then deadlock then success, a gzip body,
 * a 401 then a renewed token. The emulator draws its faults at random, compresses nothing, keeps no request
 * journal and does not expire tokens early, so it cannot produce these. (Against the emulator: a refused
 * request is not retried, ReadsAndActionsEmulatorTest; a fault that never ends is retried, then given up,
 * PersistentFaultsEmulatorTest.)
 */
class ChannelTest {
    private ScriptedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DataverseClient connect() {
        return Scripted.connect(server);
    }

    @Test
    void whoAmISetsTheStartingConcurrencyAndEveryRequestCarriesTheODataHeaders() {
        DataverseClient client = connect();
        assertThat(client.whoAmI().userId().toString()).endsWith("0001");
        assertThat(client.whoAmI().dopHint()).isEqualTo(6);
        assertThat(client.capacity()).isEqualTo(6);
        ScriptedServer.Seen who = server.seen().get(0);
        assertThat(who.uri()).isEqualTo("/api/data/v9.2/WhoAmI");
        assertThat(who.header("Authorization")).isEqualTo("Bearer tok-123");
        assertThat(who.header("OData-Version")).isEqualTo("4.0");
        assertThat(who.header("OData-MaxVersion")).isEqualTo("4.0");
        assertThat(who.header("Accept")).isEqualTo("application/json");
        assertThat(who.header("Accept-Encoding")).isEqualTo("gzip");
        assertThat(who.header("Cookie")).isNull();
    }

    @Test
    void honoursRetryAfterOn429AndCountsTheThrottle() {
        DataverseClient client = connect();
        server.then(Reply.json(429, "{\"error\":{\"code\":\"0x80072322\",\"message\":\"Number of requests exceeded\"}}")
                .header("Retry-After", "1"));
        server.then(Reply.json(200, "{\"value\":[]}"));
        long start = System.nanoTime();
        assertThat(client.sendForJson(HttpCall.get("accounts")).path("value").isArray()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        ClientStatistics stats = client.statistics();
        assertThat(stats.throttled()).isEqualTo(1);
        assertThat(stats.retries()).isEqualTo(1);
        assertThat(stats.waitedMillis()).isEqualTo(1000);
        assertThat(client.capacity()).isEqualTo(3);
    }

    @Test
    void retriesServerBusyAndDeadlockUntilTheAnswerComes() {
        DataverseClient client = connect();
        server.then(Reply.json(503, "")).then(Reply.json(500, "{\"error\":{\"code\":\"0x80044150\",\"message\":\"deadlock\"}}"))
                .then(Reply.json(200, "{\"ok\":true}"));
        assertThat(client.sendForJson(HttpCall.get("accounts")).path("ok").asBoolean()).isTrue();
        assertThat(client.statistics().serverBusy()).isEqualTo(2);
        assertThat(client.statistics().retries()).isEqualTo(2);
    }

    @Test
    void readsGzipBodies() {
        DataverseClient client = connect();
        server.then(Reply.json(200, "{\"value\":[{\"name\":\"zipped\"}]}").gzipped());
        assertThat(client.sendForJson(HttpCall.get("accounts")).path("value").get(0).path("name").asText())
                .isEqualTo("zipped");
    }

    @Test
    void aLostConnectionIsRetriedAsNoAnswer() {
        DataverseClient client = connect();
        server.close();
        assertThatThrownBy(() -> client.send(HttpCall.get("accounts"))).isInstanceOfSatisfying(DataverseException.class,
                e -> assertThat(e.httpStatus()).isZero());
        assertThat(client.statistics().noAnswer()).isEqualTo(4);
    }

    @Test
    void a401RenewsTheTokenOnceAndRetries() {
        server.then(Reply.json(200, "{\"expires_in\":3599,\"access_token\":\"first\"}"));
        server.then(Reply.json(200, Scripted.WHO));
        server.then(Reply.json(401, ""));
        server.then(Reply.json(200, "{\"expires_in\":3599,\"access_token\":\"second\"}"));
        server.then(Reply.json(200, "{\"value\":[]}"));
        ClientCredentials app = new ClientCredentials("t", "c", server.baseUri());
        AppUser user = new AppUser("app", new FormPostTokenProvider(
                server.baseUri(), app, Secret.of("pw-xyz", "test")));
        DataverseClient client = DataverseClient.connect(ClientSettings.of(server.baseUri(), List.of(user)));
        client.send(HttpCall.get("accounts"));
        List<ScriptedServer.Seen> seen = server.seen();
        assertThat(seen).hasSize(5);
        assertThat(seen.get(2).header("Authorization")).isEqualTo("Bearer first");
        assertThat(seen.get(4).header("Authorization")).isEqualTo("Bearer second");
    }
}
