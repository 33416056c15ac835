package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.AppUser;
import org.atomic2dynamics.dataverse.client.ClientSettings;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.throttle.RetryPolicy;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMethod;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.ServiceLimits;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Service protection is per user: when one application user has used up its requests (429, Retry-After of
 * minutes), the write goes on as the other user at once instead of waiting.
 */
class ThrottledUserEmulatorTest {
    private static final String FIRST = "11111111-0000-0000-0000-00000000000a";
    private static final String SECOND = "22222222-0000-0000-0000-00000000000b";

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withClients(Map.of(FIRST, "first-secret",
            SECOND, "second-secret")).withLimits(new ServiceLimits(4, 1_200_000L, 52, Duration.ofSeconds(300))));

    private static AppUser user(Emulator emulator, String label, String clientId, String secret) {
        return new AppUser(label, EmulatorClients.tokens(emulator, clientId, secret));
    }

    private static DataverseClient connect(Emulator emulator, List<AppUser> users) {
        return DataverseClient.connect(new ClientSettings(emulator.baseUri(), users,
                new RetryPolicy(4, Duration.ofMillis(50), Duration.ofSeconds(1)), 48, HttpClient.Version.HTTP_1_1,
                Duration.ofSeconds(30)));
    }

    @Test
    void aThrottledUserHandsItsWorkToTheOtherUser() {
        Emulator emulator = EMULATOR.emulator();
        DataverseClient both = connect(emulator, List.of(user(emulator, "first", FIRST, "first-secret"),
                user(emulator, "second", SECOND, "second-secret")));
        DataverseClient firstAlone = connect(emulator, List.of(user(emulator, "first", FIRST, "first-secret")));
        firstAlone.send(HttpCall.get("WhoAmI"));
        firstAlone.send(HttpCall.get("WhoAmI")); // the first user has now used its 4 requests of the window

        TargetRecord record = new TargetRecord("account", UUID.randomUUID(), Map.of("name", "Moved on"), Map.of());
        long start = System.nanoTime();
        new RecordWriter(both, TableNames.standard(), WriterSettings.defaults().with(WriteMethod.SINGLE))
                .write("account", List.of(record), WriteMode.UPSERT);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(both.statistics().throttled()).isEqualTo(1);
        assertThat(new RecordReader(both, TableNames.standard()).retrieve("account", record.id(), List.of("_createdby_value"))
                .orElseThrow().path("_createdby_value").asText()).isEqualTo(emulator.applicationUserId(SECOND).toString());
    }
}
