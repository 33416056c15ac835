package org.atomic2dynamics.mapping.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.atomic2dynamics.mapping.validate.Problem;

/**
 * Checks a parsed mapping file against its JSON Schema (mapping.schema.json, the documented format) and
 * turns every violation into a problem on its line.
 */
final class SchemaCheck {
    static final String RESOURCE = "/org/atomic2dynamics/mapping/mapping.schema.json";

    private final Schema schema;

    SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Problem> check(JsonNode tree, Locations locations) {
        return schema.validate(tree).stream().map(e -> problem(e, locations)).distinct().toList();
    }

    private static Problem problem(Error error, Locations locations) {
        String pointer = pointer(error.getInstanceLocation());
        String at = error.getProperty() != null && "additionalProperties".equals(error.getKeyword())
                ? pointer + "/" + LocatingYamlReader.escape(error.getProperty()) : pointer;
        String where = pointer.isEmpty() ? "the file" : pointer;
        return new Problem(locations.lineOf(at), at, where + ": " + stripLocation(error.getMessage()),
                "see the mapping file format in docs/MAPPING.md");
    }

    /** The validator prefixes messages with a "$.a.b: " location; the line says where already. */
    private static String stripLocation(String message) {
        return message.startsWith("$") && message.contains(": ") ? message.substring(message.indexOf(": ") + 2)
                : message;
    }

    private static String pointer(NodePath path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            s.append('/').append(LocatingYamlReader.escape(String.valueOf(path.getElement(i))));
        }
        return s.toString();
    }
}
