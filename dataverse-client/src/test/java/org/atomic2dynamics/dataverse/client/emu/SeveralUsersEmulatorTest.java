package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.AppUser;
import org.atomic2dynamics.dataverse.client.ClientSettings;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.throttle.RetryPolicy;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMethod;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two application users of one environment share the work: records are created by both. */
class SeveralUsersEmulatorTest {
    private static final String FIRST = "11111111-0000-0000-0000-00000000000a";
    private static final String SECOND = "22222222-0000-0000-0000-00000000000b";

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withClients(Map.of(FIRST, "first-secret",
            SECOND, "second-secret")).withLatency(Duration.ofMillis(5)));

    @Test
    void writesAreSpreadOverEveryApplicationUser() {
        Emulator emulator = EMULATOR.emulator();
        List<AppUser> users = List.of(new AppUser("first", EmulatorClients.tokens(emulator, FIRST, "first-secret")),
                new AppUser("second", EmulatorClients.tokens(emulator, SECOND, "second-secret")));
        DataverseClient client = DataverseClient.connect(new ClientSettings(emulator.baseUri(), users,
                new RetryPolicy(6, Duration.ofMillis(50), Duration.ofSeconds(1)), 48, HttpClient.Version.HTTP_1_1,
                Duration.ofSeconds(30)));
        assertThat(client.identities()).extracting(w -> w.userId())
                .containsExactly(emulator.applicationUserId(FIRST), emulator.applicationUserId(SECOND));

        List<TargetRecord> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            records.add(new TargetRecord("account", UUID.randomUUID(), Map.of("name", "Shared " + i), Map.of()));
        }
        TableNames tables = TableNames.standard();
        new RecordWriter(client, tables, WriterSettings.defaults().with(WriteMethod.SINGLE)).write("account", records,
                WriteMode.UPSERT);

        Map<UUID, JsonNode> written = new RecordReader(client, tables).byIds("account",
                records.stream().map(TargetRecord::id).collect(Collectors.toList()), List.of("_createdby_value"));
        Set<String> creators = written.values().stream().map(r -> r.path("_createdby_value").asText())
                .collect(Collectors.toSet());
        assertThat(written).hasSize(60);
        assertThat(creators).containsExactlyInAnyOrder(emulator.applicationUserId(FIRST).toString(),
                emulator.applicationUserId(SECOND).toString());
    }
}
