package org.atomic2dynamics.mapping.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.mapping.validate.Problem;

/**
 * Reads YAML into a JSON tree while remembering the line of every node, so that problems found later in the
 * tree (schema or meaning) can name their line. A key written twice is reported instead of silently
 * keeping the last one.
 */
final class LocatingYamlReader {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    record Parsed(JsonNode tree, Locations locations, List<Problem> problems) {
    }

    static Parsed parse(String text) throws IOException {
        LocatingYamlReader reader = new LocatingYamlReader();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken first = p.nextToken();
            JsonNode tree = first == null ? NODES.objectNode() : reader.value(p, "");
            return new Parsed(tree, new Locations(reader.lines), List.copyOf(reader.problems));
        }
    }

    private JsonNode value(JsonParser p, String pointer) throws IOException {
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p, pointer);
            case START_ARRAY -> array(p, pointer);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private ObjectNode object(JsonParser p, String pointer) throws IOException {
        ObjectNode node = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String child = pointer + "/" + escape(name);
            int line = p.currentTokenLocation().getLineNr();
            p.nextToken();
            if (node.has(name)) {
                problems.add(new Problem(line, child, "key '" + name + "' is written twice",
                        "keep one of them; the later one would silently win"));
            }
            lines.put(child, line);
            node.set(name, value(p, child));
        }
        return node;
    }

    private ArrayNode array(JsonParser p, String pointer) throws IOException {
        ArrayNode node = NODES.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            node.add(value(p, pointer + "/" + index++));
        }
        return node;
    }

    /** RFC 6901 escaping of a key inside a JSON pointer. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
