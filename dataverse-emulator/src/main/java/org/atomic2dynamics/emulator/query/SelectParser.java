package org.atomic2dynamics.emulator.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.schema.Schema;

/** Parses and checks {@code $select} and {@code $expand} against the entity type. */
public final class SelectParser {
    private SelectParser() {
    }

    public static Selection parse(Schema schema, EntityType type, String select, String expand) {
        List<String> columns = null;
        if (select != null && !select.isBlank()) {
            columns = new ArrayList<>();
            for (String name : splitTop(select, ',')) {
                columns.add(checkProperty(type, name.trim()));
            }
        }
        Map<String, Selection> expanded = new LinkedHashMap<>();
        if (expand != null && !expand.isBlank()) {
            for (String item : splitTop(expand, ',')) {
                expandItem(schema, type, item.trim(), expanded);
            }
        }
        return new Selection(columns, expanded);
    }

    private static String checkProperty(EntityType type, String name) {
        boolean structural = type.property(name).filter(c -> !c.type().isLookup()).isPresent();
        if (!structural && type.lookupValue(name).isEmpty()) {
            throw Errors.unknownProperty(type.name(), name);
        }
        return name;
    }

    private static void expandItem(Schema schema, EntityType type, String item, Map<String, Selection> out) {
        int open = item.indexOf('(');
        String nav = open < 0 ? item : item.substring(0, open).trim();
        var binding = type.navigation(nav).orElseThrow(() -> Errors.unknownProperty(type.name(), nav));
        EntityType target = schema.find(binding.targetTable()).orElseThrow(() -> Errors.unknownProperty(type.name(), nav));
        String select = null;
        String inner = null;
        if (open > 0) {
            String options = item.substring(open + 1, item.lastIndexOf(')'));
            for (String option : splitTop(options, ';')) {
                String o = option.trim();
                if (o.startsWith("$select=")) {
                    select = o.substring(8);
                } else if (o.startsWith("$expand=")) {
                    inner = o.substring(8);
                }
            }
        }
        out.put(nav, parse(schema, target, select, inner));
    }

    /** Splits on a separator outside parentheses and quotes. */
    static List<String> splitTop(String text, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
            if (c == separator && depth == 0 && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
