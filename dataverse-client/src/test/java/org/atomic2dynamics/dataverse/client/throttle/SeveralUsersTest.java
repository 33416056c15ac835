package org.atomic2dynamics.dataverse.client.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.atomic2dynamics.dataverse.client.AppUser;
import org.atomic2dynamics.dataverse.client.ClientSettings;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.auth.Secret;
import org.atomic2dynamics.dataverse.client.auth.StaticTokenProvider;
import org.atomic2dynamics.dataverse.client.fixture.Scripted;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer.Reply;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.junit.jupiter.api.Test;

class SeveralUsersTest {

    @Test
    void requestsSpreadOverUsersAndA429MovesTheRetryToTheOtherUser() throws Exception {
        try (ScriptedServer server = new ScriptedServer()) {
            server.then(Reply.json(200, Scripted.WHO).header("x-ms-dop-hint", "2"))
                    .then(Reply.json(200, Scripted.WHO).header("x-ms-dop-hint", "2"));
            List<AppUser> users = List.of(new AppUser("a", new StaticTokenProvider(Secret.of("tok-a", "t"))),
                    new AppUser("b", new StaticTokenProvider(Secret.of("tok-b", "t"))));
            DataverseClient client = DataverseClient.connect(new ClientSettings(server.baseUri(), users,
                    new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20)), 48, HttpClient.Version.HTTP_1_1,
                    Duration.ofSeconds(10)));
            assertThat(client.identities()).hasSize(2);
            assertThat(client.capacity()).isEqualTo(4);
            for (int i = 0; i < 4; i++) {
                client.send(HttpCall.get("accounts"));
            }
            server.then(Reply.json(429, "{\"error\":{\"code\":\"0x80072326\",\"message\":\"concurrent\"}}")
                    .header("Retry-After", "30"));
            long start = System.nanoTime();
            client.send(HttpCall.get("accounts"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

            List<String> tokens = server.seen().stream().map(s -> s.header("Authorization")).collect(Collectors.toList());
            assertThat(tokens.subList(0, 2)).containsExactly("Bearer tok-a", "Bearer tok-b");
            assertThat(tokens.subList(2, 6)).contains("Bearer tok-a", "Bearer tok-b");
            assertThat(tokens.get(7)).isNotEqualTo(tokens.get(6));
            assertThat(client.statistics().throttled()).isEqualTo(1);
        }
    }
}
