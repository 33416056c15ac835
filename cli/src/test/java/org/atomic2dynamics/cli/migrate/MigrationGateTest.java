package org.atomic2dynamics.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.atomic2dynamics.cli.CommandRun;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Nothing moves before a person confirms the map, and nothing moves after the map was edited. */
@ExtendWith(EmbeddedSourceExtension.class)
class MigrationGateTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    @TempDir
    Path dir;

    private SourceDatabase db;
    private Path mapping;
    private Path pgPassword;
    private Path secret;

    @BeforeEach
    void plan(EmbeddedSource postgres) throws Exception {
        db = postgres.database(DatabaseSpec.demo());
        pgPassword = Files.writeString(dir.resolve("pg.pw"), db.password());
        secret = Files.writeString(dir.resolve("client.secret"), EmulatorSettings.DEFAULT_CLIENT_SECRET);
        mapping = dir.resolve("mapping.yaml");
        CommandRun plan = CommandRun.of("plan", "--source", db.uri(), "--source-password-file", pgPassword.toString(),
                "--out", mapping.toString());
        assertThat(plan.exitCode()).as(plan.err()).isZero();
    }

    @Test
    void anUnconfirmedMapMovesNothing() {
        long before = EMULATOR.emulator().recordsWritten();
        CommandRun run = migrate();
        assertThat(run.exitCode()).isEqualTo(31);
        assertThat(run.err().strip()).startsWith("error[MAPPING_UNCONFIRMED]").contains("nothing was moved")
                .doesNotContain("\n");
        assertThat(EMULATOR.emulator().recordsWritten()).isEqualTo(before);
    }

    @Test
    void aMapEditedAfterConfirmationMovesNothing() throws Exception {
        CommandRun confirm = CommandRun.of("confirm", mapping.toString(), "--by", "reviewer");
        assertThat(confirm.exitCode()).as(confirm.err()).isZero();
        assertThat(confirm.out()).contains("by reviewer");
        String text = Files.readString(mapping);
        assertThat(text).contains("label: Proposal Sent");
        Files.writeString(mapping, text.replace("label: Proposal Sent", "label: Proposal Out"));
        long before = EMULATOR.emulator().recordsWritten();
        CommandRun run = migrate();
        assertThat(run.exitCode()).isEqualTo(32);
        assertThat(run.err()).contains("error[MAPPING_CHANGED]").contains("reviewer");
        assertThat(EMULATOR.emulator().recordsWritten()).isEqualTo(before);
    }

    private CommandRun migrate() {
        Emulator emu = EMULATOR.emulator();
        return CommandRun.of("migrate", "--source", db.uri(), "--source-password-file", pgPassword.toString(),
                "--target", emu.baseUri().toString(), "--tenant", emu.tenant(), "--client-id",
                EmulatorSettings.DEFAULT_CLIENT_ID, "--client-secret-file", secret.toString(), "--mapping",
                mapping.toString(), "--out", dir.resolve("out").toString());
    }
}
