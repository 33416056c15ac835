package org.atomic2dynamics.mapping.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Names a place in the file the way a person reads it: "/tables/2/columns/5/transform" becomes
 * "companies → account, column website, transform".
 */
final class Where {
    private Where() {
    }

    static String describe(JsonNode tree, String pointer) {
        if (pointer.isEmpty()) {
            return "the file";
        }
        String[] parts = pointer.substring(1).split("/");
        List<String> names = new ArrayList<>();
        StringBuilder at = new StringBuilder();
        for (String part : parts) {
            at.append('/').append(part);
            boolean index = !names.isEmpty() && part.chars().allMatch(Character::isDigit);
            if (index) {
                int last = names.size() - 1;
                names.set(last, name(names.get(last), part, tree.at(at.toString())));
            } else {
                names.add(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return String.join(", ", names);
    }

    private static String name(String collection, String index, JsonNode node) {
        switch (collection) {
            case "tables":
                return node.path("source").asText("?") + " → " + node.path("target").asText("not migrated");
            case "columns":
                return "column " + (node.has("source") ? node.path("source").asText() : node.path("inputs").toString());
            case "optionSets":
                return "option set " + node.path("name").asText("?");
            default:
                return collection + " #" + (Integer.parseInt(index) + 1);
        }
    }
}
