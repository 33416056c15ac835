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
            for (String name : TopLevel.split(select, ',')) {
                columns.add(checkProperty(type, name.trim()));
            }
        }
        Map<String, Selection> expanded = new LinkedHashMap<>();
        if (expand != null && !expand.isBlank()) {
            for (String item : TopLevel.split(expand, ',')) {
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
            for (String option : TopLevel.split(options, ';')) {
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
}
