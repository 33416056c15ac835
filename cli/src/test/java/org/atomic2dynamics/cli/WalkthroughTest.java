package org.atomic2dynamics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's step-by-step walk-through, command by command, against the embedded demo database and the
 * emulator: plan, confirm, schema (plan, apply, apply again), migrate (refused before the schema exists),
 * and the hand-off.
 */
@ExtendWith(EmbeddedSourceExtension.class)
class WalkthroughTest {
    private static final String SECOND_CLIENT = "0b5c2f3e-7a51-4f0e-9d0c-3f1d2a4b5c6d";

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s
            .withKeyActivationDelay(java.time.Duration.ofMillis(200))
            .withClients(java.util.Map.of(EmulatorSettings.DEFAULT_CLIENT_ID, EmulatorSettings.DEFAULT_CLIENT_SECRET,
                    SECOND_CLIENT, "second-secret")));

    @TempDir
    Path dir;

    @Test
    void everyStepByHand(EmbeddedSource postgres) throws Exception {
        SourceDatabase db = postgres.database(DatabaseSpec.demo());
        Path pw = Files.writeString(dir.resolve("pw"), db.password());
        Path secret = Files.writeString(dir.resolve("secret"), EmulatorSettings.DEFAULT_CLIENT_SECRET);
        Path secondSecret = Files.writeString(dir.resolve("secret2"), "second-secret");
        Path mapping = dir.resolve("mapping.yaml");
        List<String> src = List.of("--source", db.uri(), "--source-password-file", pw.toString());
        Emulator emu = EMULATOR.emulator();
        List<String> tgt = List.of("--target", emu.baseUri().toString(), "--tenant", emu.tenant(), "--client-id",
                EmulatorSettings.DEFAULT_CLIENT_ID + "," + SECOND_CLIENT, "--client-secret-file", secret.toString(),
                "--client-secret-file", secondSecret.toString());

        CommandRun.of(List.of("plan"), src, List.of("--out", mapping.toString())).ok();
        CommandRun.of(List.of("confirm", mapping.toString(), "--by", "tester")).ok();

        CommandRun refused = CommandRun.of(List.of("migrate"), src, tgt, List.of("--mapping", mapping.toString(), "--out",
                dir.resolve("run").toString(), "--fallback-owner", "atomic2dynamics"));
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(23);
        assertThat(refused.err()).contains("error[TARGET_SCHEMA_MISSING]").contains("nothing was moved");

        long before = emu.recordsWritten();
        CommandRun schemaPlan = CommandRun.of(List.of("schema"), tgt, List.of("--mapping", mapping.toString())).ok();
        assertThat(schemaPlan.out()).contains("Nothing was changed");
        assertThat(emu.recordsWritten()).isEqualTo(before);

        CommandRun apply = CommandRun.of(List.of("schema"), tgt, List.of("--mapping", mapping.toString(), "--apply")).ok();
        assertThat(apply.out()).containsPattern("Applied: [1-9][0-9]* item\\(s\\) created");
        CommandRun again = CommandRun.of(List.of("schema"), tgt, List.of("--mapping", mapping.toString(), "--apply")).ok();
        assertThat(again.out()).contains("Applied: 0 item(s) created");

        CommandRun migrate = CommandRun.of(List.of("migrate"), src, tgt, List.of("--mapping", mapping.toString(), "--out",
                dir.resolve("run").toString(), "--fallback-owner", "atomic2dynamics")).ok();
        JsonNode report = new ObjectMapper().readTree(dir.resolve("run/report.json").toFile());
        assertThat(report.at("/run/reconciles").asBoolean()).isTrue();
        assertThat(report.at("/run/status").asText()).as(migrate.out()).isEqualTo("succeeded");

        assertThat(creators(emu, "tasks")).as("writes spread over both application users")
                .containsExactlyInAnyOrder(emu.applicationUserId(EmulatorSettings.DEFAULT_CLIENT_ID).toString(),
                        emu.applicationUserId(SECOND_CLIENT).toString());

        CommandRun.of(List.of("spec"), src, List.of("--mapping", mapping.toString(), "--out", dir.resolve("handoff").toString())).ok();
        assertThat(Files.readString(dir.resolve("handoff/handoff.md"))).contains("Proposal Sent");
    }

    /** The distinct createdby of a table's records, read over HTTP like any client. */
    private static java.util.Set<String> creators(Emulator emu, String entitySet) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(emu.apiUri().resolve(entitySet + "?$select=_createdby_value"))
                .header("Authorization", "Bearer " + emu.accessToken(EmulatorSettings.DEFAULT_CLIENT_ID)).build();
        String body = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.Set<String> out = new java.util.HashSet<>();
        new ObjectMapper().readTree(body).get("value").forEach(r -> out.add(r.get("_createdby_value").asText()));
        return out;
    }
}
