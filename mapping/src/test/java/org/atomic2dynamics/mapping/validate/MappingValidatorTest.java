package org.atomic2dynamics.mapping.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.mapping.AtomicFixtures;
import org.atomic2dynamics.mapping.file.MappingDocument;
import org.atomic2dynamics.mapping.file.MappingFile;
import org.atomic2dynamics.mapping.propose.Proposer;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.junit.jupiter.api.Test;

class MappingValidatorTest {
    private final SchemaSnapshot schema = AtomicFixtures.currentSchema();
    private final MappingSpec spec = Proposer.propose(AtomicFixtures.demoInput());

    @Test
    void theProposedMapHasNoProblem() {
        ValidationReport report = MappingValidator.validate(MappingFile.parse(MappingFile.toYaml(spec), "m.yaml"),
                AtomicFixtures.REFERENCE.all(), schema);
        assertThat(report.lines()).isEmpty();
        assertThat(report.ok()).isTrue();
    }

    /** Edits the line holding {@code anchor} (after {@code after}); returns its 1-based number. */
    private static int edit(List<String> lines, String after, String anchor, String replacement) {
        int start = after == null ? 0 : indexOf(lines, after, 0);
        int i = indexOf(lines, anchor, start);
        lines.set(i, lines.get(i).replace(anchor, replacement));
        return i + 1;
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text);
    }

    @Test
    void aBrokenFileReportsEveryProblemAtOnceEachOnItsLine() {
        List<String> lines = new ArrayList<>(Arrays.asList(MappingFile.toYaml(spec).split("\n", -1)));
        int unknownSource = edit(lines, "── companies", "source: phone_number", "source: fax_number");
        int unknownTarget = edit(lines, "── companies", "target: address1_city", "target: address1_town");
        int typePair = edit(lines, "── companies", "target: address1_postalcode", "target: numberofemployees");
        int noLabel = edit(lines, "name: atm_dealcategory", "label: Copywriting", "label: \"\"");
        int unmapped = edit(lines, "── deal_notes", "table: deals", "table: sales");
        int duplicate = edit(lines, "── deals", "target: description", "target: name");
        int wrongFamily = edit(lines, "── tasks", "transform: subject-and-body", "transform: datetime");
        int badValue = edit(lines, "── contacts → contact", "female: \"2\"", "female: \"7\"");
        int typo = edit(lines, "── tags", "reason: the option's colour", "raison: the option's colour");
        int dropped = indexOf(lines, "── deal_notes", 0);
        int textEntry = indexOf(lines, "source: text", dropped);
        for (int k = 0; k < 4; k++) {
            lines.remove(textEntry);
        }
        MappingDocument doc = MappingFile.parse(String.join("\n", lines), "mapping.yaml");
        ValidationReport report = MappingValidator.validate(doc, AtomicFixtures.REFERENCE.all(), schema);

        assertThat(report.problems()).hasSizeGreaterThanOrEqualTo(10);
        assertProblem(report, unknownSource, "unknown source column fax_number");
        assertProblem(report, unknownTarget, "unknown target column address1_town");
        assertProblem(report, typePair, "impossible type pair");
        assertProblem(report, noLabel, "has no label");
        assertProblem(report, unmapped, "lookup to an unmapped table: sales");
        assertProblem(report, duplicate, "written by two entries");
        assertProblem(report, wrongFamily, "impossible type pair: text (text) with datetime");
        assertProblem(report, badValue, "'7' is not an option of gendercode");
        assertProblem(report, typo, "raison");
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("column text of deal_notes → annotation has no entry"));
        assertThat(report.lines()).allSatisfy(l -> assertThat(l).matches("mapping\\.yaml:\\d+: .+ — .+"));
    }

    private static void assertProblem(ValidationReport report, int line, String text) {
        assertThat(report.problems()).as("line " + line + ": " + text)
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains(text);
                });
    }

    @Test
    void aSourceTableWithoutEntryAndAnUnknownTableAreReported() {
        SchemaSnapshot more = new SchemaSnapshot(new ArrayList<>(schema.tables()) {
            {
                add(AtomicFixtures.table("invoices", List.of(), AtomicFixtures.col("id", "bigint")));
            }
        }, List.of());
        ValidationReport report = MappingValidator.validate(spec, AtomicFixtures.REFERENCE.all(), more);
        assertThat(report.problems()).extracting(Problem::message).contains("source table invoices has no entry");
    }
}
