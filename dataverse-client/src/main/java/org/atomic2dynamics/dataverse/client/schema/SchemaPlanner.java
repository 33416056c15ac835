package org.atomic2dynamics.dataverse.client.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.atomic2dynamics.dataverse.client.read.Query;
import org.atomic2dynamics.dataverse.client.schema.PlanItem.Action;
import org.atomic2dynamics.dataverse.client.schema.PlanItem.Kind;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;

/** Reads what the environment has and compares it with the requirements. Only GETs. */
final class SchemaPlanner {
    private final MetadataApi api;

    SchemaPlanner(MetadataApi api) {
        this.api = api;
    }

    SchemaPlan plan(SchemaRequirements req) {
        List<PlanItem> items = new ArrayList<>();
        items.add(publisher(req.publisher()));
        items.add(exists(Kind.SOLUTION, req.solution().uniqueName(),
                row("solutions", "solutionid,uniquename", "uniquename", req.solution().uniqueName()).isPresent()));
        for (OptionSetDef set : req.optionSets()) {
            items.add(optionSet(set, req.publisher()));
        }
        TablePlanner tables = new TablePlanner(api, req);
        req.tables().forEach(t -> items.add(tables.table(t)));
        req.columns().forEach((table, columns) -> items.addAll(columns(table, columns.stream()
                .filter(c -> !c.type().isLookup() && !tables.comesWithTable(table, c)).toList(), req)));
        req.columns().forEach((table, columns) -> columns.stream().filter(c -> c.type().isLookup())
                .forEach(c -> items.add(tables.lookup(table, c))));
        items.addAll(keys(req.keys()));
        return new SchemaPlan(req, items);
    }

    private PlanItem publisher(SchemaRequirements.Publisher p) {
        Optional<JsonNode> found = row("publishers", "publisherid,uniquename,customizationprefix", "uniquename", p.uniqueName());
        if (found.isEmpty()) {
            return PlanItem.of(Kind.PUBLISHER, null, p.uniqueName(), Action.CREATE, "prefix " + p.prefix());
        }
        String prefix = found.get().path("customizationprefix").asText();
        return prefix.equals(p.prefix()) ? PlanItem.of(Kind.PUBLISHER, null, p.uniqueName(), Action.EXISTS, "")
                : PlanItem.of(Kind.PUBLISHER, null, p.uniqueName(), Action.CONFLICT, "it exists with prefix " + prefix
                        + ", not " + p.prefix() + "; choose another publisher name or its prefix");
    }

    private PlanItem optionSet(OptionSetDef set, SchemaRequirements.Publisher p) {
        if (!set.name().startsWith(p.prefix() + "_")) {
            return PlanItem.of(Kind.OPTION_SET, null, set.name(), Action.CONFLICT, "the name must start with " + p.prefix() + "_");
        }
        Optional<JsonNode> found = api.read(MetadataApi.optionSet(set.name()));
        if (found.isEmpty()) {
            return PlanItem.of(Kind.OPTION_SET, null, set.name(), Action.CREATE, set.options().size() + " options");
        }
        Set<Integer> present = new HashSet<>();
        found.get().path("Options").forEach(o -> present.add(o.path("Value").asInt()));
        List<Integer> missing = set.options().stream().map(OptionDef::value).filter(v -> !present.contains(v))
                .collect(Collectors.toList());
        return missing.isEmpty() ? PlanItem.of(Kind.OPTION_SET, null, set.name(), Action.EXISTS, "")
                : new PlanItem(Kind.OPTION_SET, null, set.name(), Action.ADD_VALUES, missing.size() + " values missing", missing);
    }

    private List<PlanItem> columns(String table, List<ColumnDef> columns, SchemaRequirements req) {
        List<PlanItem> items = new ArrayList<>();
        JsonNode existing = api.read(MetadataApi.entity(table) + "/Attributes?$select=LogicalName,AttributeType,AttributeTypeName")
                .orElse(null);
        for (ColumnDef c : columns) {
            items.add(column(table, c, existing, req));
        }
        return items;
    }

    private PlanItem column(String table, ColumnDef c, JsonNode existing, SchemaRequirements req) {
        if (existing == null && req.table(table).isEmpty()) {
            return PlanItem.of(Kind.COLUMN, table, c.logicalName(), Action.CONFLICT, "table " + table + " does not exist");
        }
        Optional<String> badName = TablePlanner.badName(c.schemaName(), c.logicalName(), req);
        if (badName.isPresent()) {
            return PlanItem.of(Kind.COLUMN, table, c.logicalName(), Action.CONFLICT, badName.get());
        }
        if (existing == null) {
            return PlanItem.of(Kind.COLUMN, table, c.logicalName(), Action.CREATE, c.type().typeName());
        }
        for (JsonNode a : existing.path("value")) {
            if (a.path("LogicalName").asText().equals(c.logicalName())) {
                String typeName = a.path("AttributeTypeName").path("Value").asText(a.path("AttributeType").asText() + "Type");
                return typeName.equalsIgnoreCase(c.type().typeName())
                        ? PlanItem.of(Kind.COLUMN, table, c.logicalName(), Action.EXISTS, c.type().typeName())
                        : PlanItem.of(Kind.COLUMN, table, c.logicalName(), Action.CONFLICT, "it exists as " + typeName
                                + ", the mapping needs " + c.type().typeName() + "; rename the column in the mapping");
            }
        }
        return PlanItem.of(Kind.COLUMN, table, c.logicalName(), Action.CREATE, c.type().typeName());
    }

    private List<PlanItem> keys(List<KeyDef> keys) {
        List<PlanItem> items = new ArrayList<>();
        for (KeyDef k : keys) {
            Optional<JsonNode> found = api.read(MetadataApi.entity(k.table())
                    + "/Keys?$select=SchemaName,LogicalName,KeyAttributes,EntityKeyIndexStatus");
            JsonNode match = null;
            for (JsonNode existing : found.map(f -> f.path("value")).orElse(api.object().arrayNode())) {
                if (existing.path("SchemaName").asText().equalsIgnoreCase(k.schemaName())) {
                    match = existing;
                }
            }
            if (match == null) {
                items.add(PlanItem.of(Kind.KEY, k.table(), k.schemaName(), Action.CREATE, String.join(",", k.keyAttributes())));
            } else if ("Failed".equals(match.path("EntityKeyIndexStatus").asText())) {
                items.add(PlanItem.of(Kind.KEY, k.table(), k.schemaName(), Action.CONFLICT, "the key exists but its index "
                        + "failed (duplicate values?); fix the data and reactivate the key"));
            } else {
                items.add(PlanItem.of(Kind.KEY, k.table(), k.schemaName(), Action.EXISTS,
                        match.path("EntityKeyIndexStatus").asText()));
            }
        }
        return items;
    }

    private Optional<JsonNode> row(String set, String select, String column, String value) {
        String path = set + "?$select=" + select + "&$filter=" + Query.encode(column + " eq " + Query.literal(value));
        return api.read(path).flatMap(r -> r.path("value").size() == 0 ? Optional.empty() : Optional.of(r.path("value").get(0)));
    }

    private static PlanItem exists(Kind kind, String name, boolean present) {
        return PlanItem.of(kind, null, name, present ? Action.EXISTS : Action.CREATE, "");
    }
}
