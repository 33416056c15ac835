package org.atomic2dynamics.dataverse.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard tables' facts (tables.json, derived from Microsoft's table reference by
 * tools/derive-dataverse-tables.py). Immutable once loaded; load it once and pass it around.
 */
public final class ReferenceTables {
    private static final String RESOURCE = "tables.json";

    private final Map<String, TableDef> tables;

    private ReferenceTables(Map<String, TableDef> tables) {
        this.tables = Collections.unmodifiableMap(tables);
    }

    public static ReferenceTables load() {
        try (InputStream in = ReferenceTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceTables parse(JsonNode root) {
        Map<String, TableDef> tables = new LinkedHashMap<>();
        root.path("tables").fields().forEachRemaining(e -> tables.put(e.getKey(), table(e.getValue())));
        return new ReferenceTables(tables);
    }

    public Map<String, TableDef> all() {
        return tables;
    }

    public Optional<TableDef> table(String logicalName) {
        return Optional.ofNullable(tables.get(logicalName));
    }

    public Optional<TableDef> byEntitySet(String entitySetName) {
        return tables.values().stream().filter(t -> t.entitySetName().equals(entitySetName)).findFirst();
    }

    private static TableDef table(JsonNode t) {
        Map<String, ColumnDef> columns = new LinkedHashMap<>();
        t.path("columns").fields().forEachRemaining(e -> columns.put(e.getKey(), column(e.getKey(), e.getValue())));
        return new TableDef(t.path("logicalName").asText(), t.path("schemaName").asText(),
                t.path("displayName").asText(), t.path("entitySetName").asText(), t.path("primaryId").asText(),
                t.path("primaryName").asText(), t.path("ownershipType").asText(), strings(t.path("messages")),
                columns);
    }

    private static ColumnDef column(String name, JsonNode c) {
        return new ColumnDef(name, c.path("schemaName").asText(), AttributeType.fromReference(c.path("type").asText()),
                RequiredLevel.of(c.path("requiredLevel").asText("None")), c.path("validForCreate").asBoolean(),
                c.path("validForUpdate").asBoolean(), intOrNull(c.get("maxLength")), textOrNull(c.get("format")),
                decimalOrNull(c.get("minValue")), decimalOrNull(c.get("maxValue")), intOrNull(c.get("precision")),
                textOrNull(c.get("dateTimeBehavior")), options(c.path("options")), strings(c.path("targets")),
                null, false);
    }

    private static List<OptionDef> options(JsonNode node) {
        List<OptionDef> out = new ArrayList<>();
        for (JsonNode o : node) {
            out.add(new OptionDef(o.path("value").asInt(), o.path("label").asText(), intOrNull(o.get("state")),
                    intOrNull(o.get("defaultStatus"))));
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    private static Integer intOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static BigDecimal decimalOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }
}
