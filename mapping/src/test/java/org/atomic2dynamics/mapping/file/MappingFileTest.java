package org.atomic2dynamics.mapping.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.mapping.AtomicFixtures;
import org.atomic2dynamics.mapping.propose.Proposer;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.Transform;
import org.atomic2dynamics.mapping.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFileTest {
    private final MappingSpec spec = Proposer.propose(AtomicFixtures.demoInput());

    @Test
    void writtenFileReadsBackToTheSameSpecAndHash(@TempDir Path dir) {
        Path file = dir.resolve("mapping.yaml");
        MappingFile.write(spec, file);
        MappingDocument doc = MappingFile.read(file);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.spec()).isEqualTo(spec);
        assertThat(doc.hash()).isEqualTo(MappingFile.hash(spec)).startsWith("sha256:");
    }

    @Test
    void fileIsCommentedAndReadable() {
        String yaml = MappingFile.toYaml(spec);
        assertThat(yaml).startsWith("# atomic2dynamics mapping")
                .contains("# ── companies → account · 55 rows ──")
                .contains("# ── contacts → lead (routed as lead) · 500 rows ──")
                .contains("# LOSSY: size")
                .contains("- source: name\n")
                .contains("{value: 727000002, label: In Negotiation, source: in-negociation}");
    }

    @Test
    void commentsAndLayoutDoNotChangeTheHashButContentDoes() {
        String yaml = MappingFile.toYaml(spec);
        String reformatted = yaml.replace("# ── companies", "# a person's remark\n# ── companies");
        assertThat(MappingFile.parse(reformatted, "m.yaml").hash()).isEqualTo(MappingFile.hash(spec));
        String edited = yaml.replaceFirst("label: Won,", "label: Gagné,");
        MappingDocument doc = MappingFile.parse(edited, "m.yaml");
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.hash()).isNotEqualTo(MappingFile.hash(spec));
    }

    @Test
    void formatProblemsAreAllReportedWithTheirLines() {
        String yaml = MappingFile.toYaml(spec)
                .replaceFirst("transform: url", "transfrom: url")
                .replaceFirst("confidence: high", "confidence: sure");
        MappingDocument doc = MappingFile.parse(yaml, "m.yaml");
        assertThat(doc.problems()).hasSizeGreaterThanOrEqualTo(2);
        String[] lines = yaml.split("\n", -1);
        for (Problem p : doc.problems()) {
            assertThat(p.line()).as(p.toString()).isPositive();
        }
        assertThat(doc.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("transfrom");
            assertThat(lines[p.line() - 1]).contains("transfrom: url");
        });
        assertThat(doc.problems()).anySatisfy(p -> assertThat(lines[p.line() - 1]).contains("confidence: sure"));
    }

    @Test
    void yamlSyntaxErrorsAndDuplicateKeysHaveLines(@TempDir Path dir) throws Exception {
        MappingDocument broken = MappingFile.parse("format: 1\ntables: [\n  {source: a\n", "m.yaml");
        assertThat(broken.readable()).isFalse();
        assertThat(broken.problems()).singleElement().satisfies(p -> assertThat(p.line()).isPositive());
        MappingDocument twice = MappingFile.parse("format: 1\nformat: 1\n", "m.yaml");
        assertThat(twice.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("written twice");
        });
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "format: 2\n");
        assertThatThrownBy(() -> MappingFile.read(file)).isInstanceOf(MigrationException.class)
                .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.MAPPING_INVALID));
    }

    @Test
    void schemaListsExactlyTheTransformsTheCodeKnows() throws Exception {
        String schema = new String(MappingFileTest.class.getResourceAsStream(SchemaCheck.RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode transforms = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(schema).at("/$defs/column/properties/transform/enum");
        assertThat(transforms).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(Transform.names());
    }
}
