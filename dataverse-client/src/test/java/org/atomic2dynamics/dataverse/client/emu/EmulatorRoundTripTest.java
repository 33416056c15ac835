package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.AppUser;
import org.atomic2dynamics.dataverse.client.ClientSettings;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMethod;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome.Status;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Token, WhoAmI, single writes and reads against the emulator over real HTTP. */
class EmulatorRoundTripTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    @Test
    void authenticatesWritesReadsAndDeletesOneRecord() {
        Emulator emulator = EMULATOR.emulator();
        DataverseClient client = EmulatorClients.connect(emulator);
        assertThat(client.whoAmI().userId()).isEqualTo(emulator.applicationUserId(EmulatorSettings.DEFAULT_CLIENT_ID));
        assertThat(client.whoAmI().dopHint()).isEqualTo(emulator.settings().dopHint());

        TableNames tables = TableNames.standard();
        RecordWriter writer = new RecordWriter(client, tables, WriterSettings.defaults().with(WriteMethod.SINGLE));
        UUID id = UUID.randomUUID();
        TargetRecord acme = new TargetRecord("account", id, Map.of("name", "Acme"), Map.of());
        assertThat(writer.write("account", List.of(acme), WriteMode.UPSERT).outcomes().get(0).status()).isEqualTo(Status.CREATED);
        TargetRecord renamed = new TargetRecord("account", id, Map.of("name", "Acme Ltd"), Map.of());
        assertThat(writer.write("account", List.of(renamed), WriteMode.UPSERT).outcomes().get(0).status()).isEqualTo(Status.UPDATED);

        RecordReader reader = new RecordReader(client, tables);
        assertThat(reader.retrieve("account", id, List.of("name")).orElseThrow().path("name").asText()).isEqualTo("Acme Ltd");
        assertThat(writer.delete("account", id)).isTrue();
        assertThat(writer.delete("account", id)).isFalse();
        assertThat(reader.retrieve("account", id, List.of("name"))).isEmpty();
    }

    @Test
    void theProductionDefaultsHttp2PreferredWorkAgainstTheEmulator() {
        Emulator emulator = EMULATOR.emulator();
        AppUser user = new AppUser("app", EmulatorClients.tokens(emulator, EmulatorSettings.DEFAULT_CLIENT_ID,
                EmulatorSettings.DEFAULT_CLIENT_SECRET));
        DataverseClient client = DataverseClient.connect(ClientSettings.of(emulator.baseUri(), List.of(user)));
        List<TargetRecord> accounts = List.of(new TargetRecord("account", UUID.randomUUID(), Map.of("name", "H2 a"), Map.of()),
                new TargetRecord("account", UUID.randomUUID(), Map.of("name", "H2 b"), Map.of()));
        RecordWriter writer = new RecordWriter(client, TableNames.standard(), WriterSettings.defaults());
        assertThat(writer.write("account", accounts, WriteMode.UPSERT).count(Status.CREATED)).isEqualTo(2);
        assertThat(new RecordReader(client, TableNames.standard()).byIds("account",
                List.of(accounts.get(0).id(), accounts.get(1).id()), List.of("name"))).hasSize(2);
    }

    @Test
    void aWrongSecretIsRefusedInOneLineWithoutTheSecret() {
        Emulator emulator = EMULATOR.emulator();
        String wrong = "definitely-not-the-secret-42";
        assertThatThrownBy(() -> EmulatorClients.tokens(emulator, EmulatorSettings.DEFAULT_CLIENT_ID, wrong).token())
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TARGET_AUTH);
                    assertThat(e.oneLine()).contains("invalid_client").doesNotContain(wrong);
                });
    }
}
