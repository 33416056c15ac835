package org.atomic2dynamics.mapping.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.validate.Problem;

/**
 * The mapping file: YAML a person reads, edits, diffs and signs off. {@link #write} produces it with
 * comments; {@link #load} reads it back and reports every syntax and format problem with its line;
 * {@link #hash} identifies its content so an edit after confirmation is detected.
 */
public final class MappingFile {
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    /** Compiled once: the schema is immutable and compiling it is the slow part of reading a file. */
    private static final SchemaCheck SCHEMA = new SchemaCheck();

    private MappingFile() {
    }

    public static void write(MappingSpec spec, Path path) {
        try {
            Files.writeString(path, toYaml(spec), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write " + path + ": " + e.getMessage(),
                    "choose a writable location for the mapping file", e);
        }
    }

    public static String toYaml(MappingSpec spec) {
        JsonNode tree = BINDER.valueToTree(spec);
        return YamlEmitter.emit(tree, SpecComments.header(spec, hash(spec)), SpecComments.of(spec));
    }

    /** Reads a mapping file; throws when it cannot be read or has syntax or format problems. */
    public static MappingDocument read(Path path) {
        MappingDocument doc = load(path);
        if (!doc.problems().isEmpty()) {
            Problem first = doc.problems().get(0);
            throw new MigrationException(ErrorCode.MAPPING_INVALID, doc.problems().size() + " problem(s) in "
                    + doc.name() + ", first: " + first.format(doc.name()), "run validation to list all of them");
        }
        return doc;
    }

    /** Reads a mapping file, keeping every syntax and format problem in the document instead of throwing. */
    public static MappingDocument load(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString());
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, "cannot read " + path + ": " + e.getMessage(),
                    "check the path of the mapping file", e);
        }
    }

    public static MappingDocument parse(String text, String name) {
        LocatingYamlReader.Parsed parsed;
        try {
            parsed = LocatingYamlReader.parse(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            Problem p = new Problem(line, "", "not valid YAML: " + e.getOriginalMessage(), "fix the YAML syntax");
            return new MappingDocument(name, null, "", Locations.NONE, List.of(p));
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, "cannot read " + name + ": " + e.getMessage(),
                    "check the mapping file", e);
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(SCHEMA.check(parsed.tree(), parsed.locations()));
        MappingSpec spec = bind(parsed.tree(), problems);
        problems.sort(null);
        return new MappingDocument(name, spec, spec == null ? "" : hash(spec), parsed.locations(), problems);
    }

    public static String hash(MappingSpec spec) {
        return SpecHash.of(spec);
    }

    private static MappingSpec bind(JsonNode tree, List<Problem> problems) {
        try {
            return BINDER.treeToValue(tree, MappingSpec.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            if (problems.isEmpty()) {
                problems.add(new Problem(0, "", "the mapping cannot be read: " + e.getMessage(),
                        "see the mapping file format in docs/MAPPING.md"));
            }
            return null;
        }
    }
}
