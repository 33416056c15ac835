package org.atomic2dynamics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.FaultSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole migration — schema setup included — against a Dataverse that throttles, is unavailable, deadlocks,
 * times out and drops connections now and then (the client's own test runs 20% throttling on the write path):
 * nothing is lost, the report balances and shows the retries, and Dataverse holds every record.
 */
@ExtendWith(EmbeddedSourceExtension.class)
class FaultyTargetMigrationTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s
            .withKeyActivationDelay(java.time.Duration.ofMillis(100))
            .withFaults(new FaultSettings(0.08, 0.03, 0.02, 0.01, 0.02, 11L)));

    private static final Map<String, String> ENTITY_SETS = Map.of("account", "accounts", "contact", "contacts",
            "lead", "leads", "opportunity", "opportunities", "task", "tasks");

    @TempDir
    Path dir;

    @Test
    void nothingIsLostAndTheRetriesAreReported(EmbeddedSource postgres) throws Exception {
        SourceDatabase db = postgres.database(DatabaseSpec.demo());
        Emulator emu = EMULATOR.emulator();
        Path mapping = dir.resolve("mapping.yaml");
        List<String> src = List.of("--source", db.uri(), "--source-password-file",
                Files.writeString(dir.resolve("pw"), db.password()).toString());
        List<String> tgt = List.of("--target", emu.baseUri().toString(), "--tenant", emu.tenant(), "--client-id",
                EmulatorSettings.DEFAULT_CLIENT_ID, "--client-secret-file",
                Files.writeString(dir.resolve("secret"), EmulatorSettings.DEFAULT_CLIENT_SECRET).toString());

        CommandRun.of(List.of("plan"), src, List.of("--out", mapping.toString())).ok();
        CommandRun.of("confirm", mapping.toString()).ok();
        CommandRun.of(List.of("schema"), tgt, List.of("--mapping", mapping.toString(), "--apply")).ok();
        CommandRun.of(List.of("migrate"), src, tgt, List.of("--mapping", mapping.toString(), "--out",
                dir.resolve("run").toString(), "--fallback-owner", "atomic2dynamics")).ok();

        JsonNode report = new ObjectMapper().readTree(dir.resolve("run/report.json").toFile());
        assertThat(report.at("/run/reconciles").asBoolean()).isTrue();
        assertThat(report.at("/run/status").asText()).isEqualTo("succeeded");
        assertThat(report.at("/http/retries").asLong()).isPositive();
        assertThat(report.at("/http/throttled").asLong()).isPositive();
        for (JsonNode phase : report.get("phases")) {
            String target = phase.get("target_table").asText();
            if (ENTITY_SETS.containsKey(target)) {
                assertThat(count(emu, ENTITY_SETS.get(target))).as(target)
                        .isGreaterThanOrEqualTo(phase.get("created").asLong());
            }
        }
        assertThat(count(emu, "contacts") + count(emu, "leads")).isEqualTo(500L);
        assertThat(count(emu, "tasks")).isEqualTo(400L);
    }

    /** Records of an entity set, read with the faults switched off for the read alone. */
    private static long count(Emulator emu, String entitySet) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emu.apiUri() + entitySet + "?$select=createdon&$count=true&$top=0"))
                .header("Authorization", "Bearer " + emu.accessToken(EmulatorSettings.DEFAULT_CLIENT_ID)).build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return new ObjectMapper().readTree(response.body()).get("@odata.count").asLong();
            }
            assertThat(attempt).as("a read kept failing: " + response.body()).isLessThan(50);
        }
    }
}
