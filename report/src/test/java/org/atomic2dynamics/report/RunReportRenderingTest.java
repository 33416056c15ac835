package org.atomic2dynamics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.engine.ledger.PhaseCounts;
import org.atomic2dynamics.engine.ledger.RunInfo;
import org.atomic2dynamics.engine.run.HttpStats;
import org.atomic2dynamics.engine.run.PhaseReport;
import org.atomic2dynamics.engine.run.Reject;
import org.atomic2dynamics.engine.run.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportRenderingTest {

    private static RunReport report() {
        List<PhaseReport> phases = List.of(
                new PhaseReport("contacts → contact", "contacts", "contact", new PhaseCounts(300, 290, 0, 0, 10, 0), "succeeded"),
                new PhaseReport("contacts → lead", "contacts", "lead", new PhaseCounts(200, 200, 0, 0, 0, 0), "succeeded"));
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("owners", List.of(Map.of("email", "a@x.dev", "match", "missing")));
        return new RunReport(new RunInfo("r1", "demo", "2026-11-25T10:00:00Z", "2026-11-25T10:01:00Z", "succeeded",
                "h", "demo", "http://localhost"), phases, RunReport.tallies(phases, Map.of("contacts", 500L)),
                new HttpStats(42, 3, 1),
                List.of(new Reject("contacts → contact", "contacts", 7, "contact", UUID.randomUUID(), "rejected",
                        "0x80044331", "<script>too long</script>")),
                List.of("2 owners assigned to the fallback owner"), sections);
    }

    @Test
    void jsonHasThePromisedShapeAndReconciles() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RunReportJson.render(report()));
        assertThat(json.at("/run/id").asText()).isEqualTo("r1");
        assertThat(json.at("/run/status").asText()).isEqualTo("succeeded");
        JsonNode phase = json.at("/phases/0");
        for (String key : List.of("name", "source_table", "target_table", "source", "created", "updated", "unchanged",
                "rejected", "held")) {
            assertThat(phase.has(key)).as(key).isTrue();
        }
        assertThat(json.at("/http/requests").asLong()).isEqualTo(42);
        assertThat(json.at("/reconciliation/0/balances").asBoolean()).isTrue();
        assertThat(json.at("/owners/0/match").asText()).isEqualTo("missing");
    }

    @Test
    void htmlEscapesWhatItShowsAndNamesTheSections() {
        String html = RunReportHtml.render(report());
        assertThat(html).contains("&lt;script&gt;too long&lt;/script&gt;").doesNotContain("<script>");
        assertThat(html).contains("<h2>Owners</h2>").contains("every source record is accounted for");
    }

    @Test
    void textTableAlignsNumbers() {
        String table = PhaseTable.render(report());
        assertThat(table.lines().toList()).hasSize(4);
        assertThat(table).contains("contacts → lead").contains("290");
    }

    @Test
    void anUnwritableOutputFolderIsReportedBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("occupied"), "x");
        assertThatThrownBy(() -> ReportFiles.prepareDirectory(file.resolve("out")))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTPUT_NOT_WRITABLE));
    }
}
