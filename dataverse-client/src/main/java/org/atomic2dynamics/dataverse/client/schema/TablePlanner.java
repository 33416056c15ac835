package org.atomic2dynamics.dataverse.client.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.dataverse.client.read.Query;
import org.atomic2dynamics.dataverse.client.schema.PlanItem.Action;
import org.atomic2dynamics.dataverse.client.schema.PlanItem.Kind;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;

/**
 * Plans custom tables and lookup columns: a table exists (with the entity set and primary name the map
 * expects), is created, or conflicts; a lookup exists (as a lookup to the same table), is created once both
 * its tables exist, or conflicts. Only GETs, each table read once per plan.
 */
final class TablePlanner {
    private final MetadataApi api;
    private final SchemaRequirements req;
    private final Map<String, Optional<JsonNode>> entities = new HashMap<>();

    TablePlanner(MetadataApi api, SchemaRequirements req) {
        this.api = api;
        this.req = req;
    }

    /** Why a new component's names are refused, if they are: the prefix, and logical = lower-cased SchemaName. */
    static Optional<String> badName(String schemaName, String logicalName, SchemaRequirements req) {
        String prefix = req.publisher().prefix();
        if (schemaName == null || !schemaName.startsWith(prefix + "_")
                || !logicalName.equals(schemaName.toLowerCase(Locale.ROOT))) {
            return Optional.of("the SchemaName must start with " + prefix + "_ and lower-case to the logical name");
        }
        return Optional.empty();
    }

    PlanItem table(CustomTableDef t) {
        Optional<String> badName = badName(t.schemaName(), t.logicalName(), req);
        if (badName.isPresent()) {
            return PlanItem.of(Kind.TABLE, null, t.logicalName(), Action.CONFLICT, badName.get());
        }
        Optional<JsonNode> found = entity(t.logicalName());
        if (found.isEmpty()) {
            return PlanItem.of(Kind.TABLE, null, t.logicalName(), Action.CREATE, "entity set " + t.entitySetName()
                    + ", primary name " + t.primaryName().logicalName());
        }
        String set = found.get().path("EntitySetName").asText();
        String primaryName = found.get().path("PrimaryNameAttribute").asText();
        if (!set.equals(t.entitySetName())) {
            return PlanItem.of(Kind.TABLE, null, t.logicalName(), Action.CONFLICT, "it exists with the entity set " + set
                    + ", the mapping expects " + t.entitySetName() + "; set entitySetName: " + set + " in the mapping");
        }
        if (!primaryName.equals(t.primaryName().logicalName())) {
            return PlanItem.of(Kind.TABLE, null, t.logicalName(), Action.CONFLICT, "it exists with the primary name "
                    + primaryName + ", the mapping expects " + t.primaryName().logicalName() + "; change primaryNameColumn");
        }
        return PlanItem.of(Kind.TABLE, null, t.logicalName(), Action.EXISTS, "entity set " + set);
    }

    /** True for the primary name column of a table the requirements create: it comes with the table. */
    boolean comesWithTable(String table, ColumnDef c) {
        return req.table(table).map(t -> t.primaryName().logicalName().equals(c.logicalName())).orElse(false);
    }

    PlanItem lookup(String table, ColumnDef c) {
        Optional<String> badName = badName(c.schemaName(), c.logicalName(), req);
        if (badName.isPresent()) {
            return conflict(table, c, badName.get());
        }
        if (c.targets().size() != 1) {
            return conflict(table, c, "a lookup column needs exactly one target table, not " + c.targets());
        }
        String target = c.targets().get(0);
        if (!willExist(table) || !willExist(target)) {
            return conflict(table, c, "table " + (willExist(table) ? target : table) + " does not exist");
        }
        if (entity(table).isEmpty()) {
            return PlanItem.of(Kind.LOOKUP, table, c.logicalName(), Action.CREATE, "to " + target);
        }
        String attribute = MetadataApi.entity(table) + "/Attributes(LogicalName=" + Query.literal(c.logicalName()) + ")";
        Optional<JsonNode> found = api.read(attribute + "?$select=LogicalName,AttributeType");
        if (found.isEmpty()) {
            return PlanItem.of(Kind.LOOKUP, table, c.logicalName(), Action.CREATE, "to " + target);
        }
        String type = found.get().path("AttributeType").asText();
        if (!"Lookup".equals(type)) {
            return conflict(table, c, "it exists as " + type + ", the mapping needs a lookup; rename the column in the mapping");
        }
        JsonNode targets = api.read(attribute + "/Microsoft.Dynamics.CRM.LookupAttributeMetadata?$select=Targets")
                .map(a -> a.path("Targets")).orElse(api.object().arrayNode());
        for (JsonNode t : targets) {
            if (t.asText().equals(target)) {
                return PlanItem.of(Kind.LOOKUP, table, c.logicalName(), Action.EXISTS, "to " + target);
            }
        }
        return conflict(table, c, "it exists as a lookup to " + targets + ", the mapping needs one to " + target
                + "; rename the column in the mapping");
    }

    private static PlanItem conflict(String table, ColumnDef c, String why) {
        return PlanItem.of(Kind.LOOKUP, table, c.logicalName(), Action.CONFLICT, why);
    }

    private boolean willExist(String table) {
        return req.table(table).isPresent() || entity(table).isPresent();
    }

    private Optional<JsonNode> entity(String logicalName) {
        return entities.computeIfAbsent(logicalName, name -> api.read(MetadataApi.entity(name)
                + "?$select=LogicalName,EntitySetName,PrimaryIdAttribute,PrimaryNameAttribute"));
    }
}
