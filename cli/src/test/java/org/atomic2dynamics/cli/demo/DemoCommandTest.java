package org.atomic2dynamics.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.cli.CommandRun;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton end to end: the real embedded Postgres with the demo data, the emulator over real
 * HTTP, the SQLite ledger. Run twice into the same folder, the second run creates nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoCommandTest {
    private static final List<String> SOURCE_TABLES = List.of("sales", "tags", "companies", "contacts", "deals",
            "tasks", "contact_notes", "deal_notes");
    private static final Map<String, Long> DEMO_VOLUMES = Map.of("sales", 6L, "tags", 6L, "companies", 55L,
            "contacts", 500L, "deals", 50L, "tasks", 400L, "contact_notes", 1200L, "deal_notes", 300L);

    @TempDir
    static Path out;

    @Test
    @Order(1)
    void theFirstRunMovesEveryRecordAndEveryCountReconciles() throws Exception {
        CommandRun run = CommandRun.of("demo", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = readReport();
        assertThat(report.at("/run/status").asText()).isEqualTo("succeeded");
        Map<String, Long> perSource = accountedPerSource(report);
        assertThat(perSource).containsAllEntriesOf(DEMO_VOLUMES);
        for (JsonNode phase : report.get("phases")) {
            assertThat(phase.get("rejected").asLong()).as(phase.get("name").asText()).isZero();
        }
        assertThat(phase(report, "contacts → contact").get("created").asLong()
                + phase(report, "contacts → lead").get("created").asLong()).isEqualTo(500L);
        assertThat(report.at("/http/requests").asLong()).isPositive();
        assertThat(Files.readString(out.resolve("owners.csv"))).contains("missing").contains("fallback");
        assertThat(Files.readString(out.resolve("report.html"))).contains("every source record is accounted for");
        assertThat(run.out()).contains("contacts → lead");
        assertThat(report.get("notes").toString()).as("files left behind are said, not hidden")
                .contains("attached file(s) in Supabase Storage");
    }

    @Test
    @Order(2)
    void theSecondRunCreatesNothing() throws Exception {
        CommandRun run = CommandRun.of("demo", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = readReport();
        assertThat(accountedPerSource(report)).containsAllEntriesOf(DEMO_VOLUMES);
        for (JsonNode phase : report.get("phases")) {
            assertThat(phase.get("created").asLong()).as(phase.get("name").asText()).isZero();
        }
        assertThat(phase(report, "companies → account").get("unchanged").asLong()).isEqualTo(55L);
    }

    @Test
    @Order(3)
    void anUnwritableOutputFolderIsOneLineAndExit40() throws Exception {
        Path file = Files.writeString(out.resolve("a-file"), "x");
        CommandRun run = CommandRun.of("demo", "--out", file.resolve("sub").toString());
        assertThat(run.exitCode()).isEqualTo(40);
        assertThat(run.err().strip()).startsWith("error[OUTPUT_NOT_WRITABLE]").doesNotContain("\n").doesNotContain("Exception");
    }

    private static JsonNode readReport() throws Exception {
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    private static Map<String, Long> accountedPerSource(JsonNode report) {
        Map<String, Long> sums = new HashMap<>();
        for (JsonNode p : report.get("phases")) {
            long n = 0;
            for (String k : List.of("created", "updated", "unchanged", "rejected", "held")) {
                n += p.get(k).asLong();
            }
            sums.merge(p.get("source_table").asText(), n, Long::sum);
        }
        for (JsonNode r : report.get("reconciliation")) {
            assertThat(r.get("balances").asBoolean()).as(r.get("source_table").asText()).isTrue();
            assertThat(sums.get(r.get("source_table").asText())).isEqualTo(r.get("source").asLong());
        }
        assertThat(sums.keySet()).containsAll(SOURCE_TABLES);
        return sums;
    }

    private static JsonNode phase(JsonNode report, String name) {
        for (JsonNode p : report.get("phases")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no phase " + name);
    }
}
