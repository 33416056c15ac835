package org.atomic2dynamics.mapping.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree as block-style YAML meant for people: small objects and lists of scalars on one line,
 * everything else one key per line, strings quoted only when YAML would misread them, and comment lines
 * placed before nodes by JSON pointer. (Jackson's YAML writer cannot emit comments.)
 */
final class YamlEmitter {
    private static final int FLOW_WIDTH = 110;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9 _./()@+'-]*");
    /** Objects under these keys are small records read best on one line; all others are blocks. */
    private static final Set<String> FLOW_KEYS = Set.of("source", "options", "dealStages", "valueMap", "params",
            "when");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n",
            "null", "~");

    private final StringBuilder out = new StringBuilder();
    private final Function<String, List<String>> comments;

    private YamlEmitter(Function<String, List<String>> comments) {
        this.comments = comments;
    }

    static String emit(JsonNode root, List<String> header, Function<String, List<String>> comments) {
        YamlEmitter e = new YamlEmitter(comments);
        header.forEach(line -> e.out.append(line.isEmpty() ? "#" : "# " + line).append('\n'));
        e.block(root, 0, "", "");
        return e.out.toString();
    }

    private void block(JsonNode node, int indent, String pointer, String key) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> entry(f, indent, pointer));
        } else {
            int i = 0;
            for (JsonNode item : node) {
                item(item, indent, pointer + "/" + i++, key);
            }
        }
    }

    private void entry(Map.Entry<String, JsonNode> field, int indent, String pointer) {
        String child = pointer + "/" + LocatingYamlReader.escape(field.getKey());
        writeComments(child, indent);
        String prefix = " ".repeat(indent) + key(field.getKey()) + ":";
        JsonNode value = field.getValue();
        String inline = inline(value, prefix.length() + 1, field.getKey());
        if (inline != null) {
            out.append(prefix).append(' ').append(inline).append('\n');
        } else {
            out.append(prefix).append('\n');
            block(value, indent + 2, child, field.getKey());
        }
    }

    private void item(JsonNode item, int indent, String pointer, String key) {
        writeComments(pointer, indent);
        String dash = " ".repeat(indent) + "- ";
        String inline = inline(item, dash.length(), key);
        if (inline != null) {
            out.append(dash).append(inline).append('\n');
            return;
        }
        if (item.isArray()) {
            out.append(dash.stripTrailing()).append('\n');
            block(item, indent + 2, pointer, key);
            return;
        }
        // An object item: its first key goes on the dash line, the others line up under it.
        int mark = out.length();
        block(item, indent + 2, pointer, key);
        int firstKey = out.indexOf(" ".repeat(indent + 2), mark);
        out.replace(firstKey, firstKey + indent + 2, dash);
    }

    /** The one-line form of a scalar, or of a small object or list of scalars; null when it needs a block. */
    private String inline(JsonNode value, int column, String key) {
        if (!value.isContainerNode()) {
            return scalar(value);
        }
        if (value.isObject() && !FLOW_KEYS.contains(key)) {
            return null;
        }
        if (value.isEmpty()) {
            return value.isArray() ? "[]" : "{}";
        }
        StringBuilder s = new StringBuilder(value.isArray() ? "[" : "{");
        Iterator<Map.Entry<String, JsonNode>> fields = value.isObject() ? value.fields() : null;
        Iterator<JsonNode> items = value.elements();
        boolean first = true;
        while (items.hasNext()) {
            JsonNode v = items.next();
            if (v.isContainerNode()) {
                return null;
            }
            s.append(first ? "" : ", ");
            if (fields != null) {
                s.append(key(fields.next().getKey())).append(": ");
            }
            s.append(scalar(v));
            first = false;
        }
        s.append(value.isArray() ? "]" : "}");
        return column + s.length() <= FLOW_WIDTH || value.size() == 1 && value.isArray() ? s.toString() : null;
    }

    private static String key(String name) {
        return PLAIN.matcher(name).matches() && !name.contains(" ") ? name : quote(name);
    }

    static String scalar(JsonNode v) {
        if (v.isNull()) {
            return "null";
        }
        if (v.isBigDecimal()) {
            return v.decimalValue().toPlainString();
        }
        if (!v.isTextual()) {
            return v.asText();
        }
        String text = v.asText();
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ")
                && !KEYWORDS.contains(text.toLowerCase(Locale.ROOT));
        return plain ? text : quote(text);
    }

    /** A JSON string literal is a valid YAML double-quoted scalar. */
    private static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private void writeComments(String pointer, int indent) {
        for (String line : comments.apply(pointer)) {
            out.append(" ".repeat(indent)).append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
    }
}
