package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Predicate;
import org.atomic2dynamics.emulator.error.Errors;

/**
 * The $filter metadata queries use: {@code Prop eq 'text'}, {@code Prop eq true}, joined with {@code and}.
 * Dataverse's metadata endpoints support little more than that.
 */
final class SimpleFilter {
    private SimpleFilter() {
    }

    static Predicate<ObjectNode> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return n -> true;
        }
        Predicate<ObjectNode> all = n -> true;
        for (String clause : filter.split("\\s+and\\s+")) {
            String[] parts = clause.trim().split("\\s+eq\\s+", 2);
            if (parts.length != 2) {
                throw Errors.badRequest("The metadata $filter '" + clause + "' is not supported.");
            }
            String property = parts[0].trim();
            String literal = parts[1].trim();
            String value = literal.startsWith("'") ? literal.substring(1, literal.length() - 1).replace("''", "'") : literal;
            all = all.and(n -> {
                JsonNode v = n.get(property);
                return v != null && v.asText().equals(value);
            });
        }
        return all;
    }
}
