package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.AlternateKey;
import org.atomic2dynamics.emulator.schema.AlternateKeys;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.schema.Schema;

/** Saves and reloads what the metadata API created: tables, columns, option sets, keys and solution components. */
public final class MetadataState {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private MetadataState() {
    }

    public static ObjectNode save(Schema schema, MetadataRegistry registry, AlternateKeys keys) {
        ObjectNode out = Json.object();
        out.set("tables", MAPPER.valueToTree(registry.customTables()));
        ArrayNode columns = out.putArray("columns");
        for (EntityType t : schema.all()) {
            for (ColumnDef c : schema.customColumns(t.name())) {
                columns.addObject().put("table", t.name()).set("column", MAPPER.valueToTree(c));
            }
        }
        out.set("customColumns", MAPPER.valueToTree(registry.customColumns()));
        out.set("optionSets", MAPPER.valueToTree(registry.optionSets()));
        out.set("components", MAPPER.valueToTree(registry.components()));
        out.set("keys", MAPPER.valueToTree(keys.all()));
        return out;
    }

    /** Restores the metadata (before the records); returns the keys, to activate once records are loaded. */
    public static List<AlternateKey> load(JsonNode state, Schema schema, MetadataRegistry registry, AlternateKeys keys) {
        try {
            for (JsonNode t : state.path("tables")) {
                CustomTable table = MAPPER.treeToValue(t, CustomTable.class);
                schema.addTable(table.def());
                registry.addTable(table);
            }
            for (JsonNode c : state.path("columns")) {
                schema.addColumn(c.path("table").asText(), MAPPER.treeToValue(c.path("column"), ColumnDef.class));
            }
            for (JsonNode c : state.path("customColumns")) {
                registry.addColumn(MAPPER.treeToValue(c, CustomColumn.class));
            }
            for (JsonNode s : state.path("optionSets")) {
                registry.putOptionSet(MAPPER.treeToValue(s, GlobalOptionSet.class));
            }
            for (JsonNode s : state.path("components")) {
                MetadataRegistry.SolutionComponent c = MAPPER.treeToValue(s, MetadataRegistry.SolutionComponent.class);
                registry.record(c.solution(), c.componentType(), c.objectId());
            }
            List<AlternateKey> out = new ArrayList<>();
            for (JsonNode k : state.path("keys")) {
                AlternateKey key = MAPPER.treeToValue(k, AlternateKey.class);
                keys.add(key.withStatus("Pending"));
                out.add(key);
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the saved metadata cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
