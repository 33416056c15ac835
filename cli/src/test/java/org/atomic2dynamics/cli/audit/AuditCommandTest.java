package org.atomic2dynamics.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.atomic2dynamics.cli.CommandRun;
import org.atomic2dynamics.cli.Main;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.demo.data.DemoData;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedSourceExtension.class)
class AuditCommandTest {
    @TempDir
    Path tmp;

    @Test
    void auditOfTheDemoDatabaseIsCleanAndWritesBothFiles(EmbeddedSource pg) throws Exception {
        SourceDatabase db = pg.database(DatabaseSpec.demo());
        Path out = tmp.resolve("audit");
        CommandRun run = CommandRun.of("audit", "--source", db.uri(), "--source-password-file", passwordFile(db),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("read-only session").contains("0 need a decision");
        JsonNode json = new ObjectMapper().readTree(out.resolve("audit.json").toFile());
        assertThat(json.at("/source/readOnly").asBoolean()).isTrue();
        assertThat(json.at("/generation/name").asText()).isEqualTo("CURRENT");
        assertThat(json.at("/rowCounts/contacts").asLong()).isEqualTo(500);
        assertThat(json.at("/summary/needsDecision").asBoolean()).isFalse();
        assertThat(json.get("findings")).allSatisfy(f -> {
            assertThat(f.get("code").asText()).isNotBlank();
            assertThat(f.get("severity").asText()).isEqualTo("INFO");
            assertThat(f.has("count")).isTrue();
            assertThat(f.get("sampleIds").isArray()).isTrue();
        });
        String md = Files.readString(out.resolve("audit.md"));
        assertThat(md).contains("# Atomic CRM source audit").contains("nothing was written to the source")
                .contains("v1.5 / main").contains("Sign-off").doesNotContain(db.password());
    }

    @Test
    void findingsThatNeedADecisionExitWithThree(EmbeddedSource pg) throws Exception {
        SourceDatabase db = pg.database(DatabaseSpec.demo().withDemo(DemoData.standard().withAuditSamples()));
        Path out = tmp.resolve("audit");
        int code = Main.run("audit", "--source", db.uri(), "--source-password-file", passwordFile(db), "--out",
                out.toString());
        assertThat(code).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(out.resolve("audit.json").toFile());
        assertThat(json.at("/summary/needsDecision").asBoolean()).isTrue();
        assertThat(json.get("findings").findValuesAsText("code")).contains("STORAGE_FILE_OVER_LIMIT",
                "STORAGE_DANGLING_REFERENCE", "STORAGE_UNREFERENCED_OBJECT", "STORAGE_FILE_OVER_BASE64_LIMIT");
        CommandRun run = CommandRun.of("audit", "--source", db.uri(), "--source-password-file", passwordFile(db),
                "--out", out.toString());
        assertThat(lastLine(run.err())).startsWith("error[FINDINGS_NEED_DECISION]: 3 findings need a decision");
    }

    @Test
    void olderGenerationWithItsAppTsx(EmbeddedSource pg) throws Exception {
        SourceDatabase db = pg.database(DatabaseSpec.of(SchemaGeneration.SNAKE_CASE_2026).withDemo(DemoData.standard()));
        Path app = tmp.resolve("App.tsx");
        Files.writeString(app, """
                const stages = [
                  { value: "opportunity", label: "Opportunity" }, // no "delayed" here
                  { value: "proposal-sent", label: "Proposal Sent" },
                  { value: "in-negociation", label: "In Negotiation" },
                  { value: "won", label: "Won" }, { value: "lost", label: "Lost" },
                ];
                export const App = () => <CRM dealStages={stages} currency="EUR" />;
                """);
        Path out = tmp.resolve("audit");
        CommandRun run = CommandRun.of("audit", "--source", db.uri(), "--source-password-file", passwordFile(db),
                "--app-config", app.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(out.resolve("audit.json").toFile());
        assertThat(json.at("/generation/name").asText()).isEqualTo("SNAKE_CASE_2026");
        assertThat(json.at("/configuration/currency/origin").asText()).isEqualTo("app-config:App.tsx");
        assertThat(json.at("/configuration/enumerations/dealStages/0/origin").asText()).isEqualTo("app-config:App.tsx");
        assertThat(json.get("findings").findValuesAsText("subject")).contains("deals.stage = delayed");
    }

    @Test
    void wrongPasswordIsOneLineWithoutThePassword(EmbeddedSource pg) throws Exception {
        SourceDatabase db = pg.database(DatabaseSpec.demo());
        Path wrong = tmp.resolve("wrong");
        Files.writeString(wrong, "Sup3rWrong\n");
        CommandRun run = CommandRun.of("audit", "--source", db.uri(), "--source-password-file", wrong.toString(),
                "--out", tmp.resolve("a").toString());
        assertThat(run.exitCode()).isEqualTo(11);
        assertOneLine(run, "error[SOURCE_AUTH]: ");
        assertThat(run.err()).doesNotContain("Sup3rWrong");
        assertThat(Main.run("audit", "--source", db.uri(), "--source-password-file", wrong.toString(), "--out",
                tmp.resolve("a").toString())).isEqualTo(11);
    }

    @Test
    void unreachableDatabaseIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CommandRun run = CommandRun.of("audit", "--source", "postgresql://postgres@127.0.0.1:" + port + "/postgres",
                "--out", tmp.resolve("a").toString());
        assertThat(run.exitCode()).isEqualTo(10);
        assertOneLine(run, "error[SOURCE_UNREACHABLE]: cannot reach postgresql://postgres@127.0.0.1:" + port);
    }

    @Test
    void databaseThatIsNotAtomicCrmIsOneLine(EmbeddedSource pg) throws Exception {
        SourceDatabase plain = pg.plainDatabase();
        CommandRun run = CommandRun.of("audit", "--source", plain.uri(), "--source-password-file", passwordFile(plain),
                "--out", tmp.resolve("a").toString());
        assertThat(run.exitCode()).isEqualTo(12);
        assertOneLine(run, "error[SOURCE_NOT_ATOMIC]: ");
        assertThat(Files.exists(tmp.resolve("a").resolve("audit.json"))).isFalse();
    }

    @Test
    void passwordInTheUrlIsRefused() {
        CommandRun run = CommandRun.of("audit", "--source", "postgresql://postgres:s3cret@db.x.supabase.co:5432/postgres",
                "--out", tmp.resolve("a").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertOneLine(run, "error[USAGE]: the source connection string contains a password");
        assertThat(run.err()).doesNotContain("s3cret").contains("PGPASSWORD");
    }

    private String passwordFile(SourceDatabase db) throws Exception {
        Path file = Files.createTempFile(tmp, "pw", ".txt");
        Files.writeString(file, db.password() + "\n");
        return file.toString();
    }

    private static void assertOneLine(CommandRun run, String start) {
        assertThat(run.err().strip().lines()).singleElement().asString().startsWith(start);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
