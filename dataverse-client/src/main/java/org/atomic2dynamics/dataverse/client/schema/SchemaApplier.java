package org.atomic2dynamics.dataverse.client.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.read.Query;
import org.atomic2dynamics.dataverse.client.schema.PlanItem.Action;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;

/**
 * Carries out a plan, serially and in dependency order (the plan's): publisher, solution, option sets (or
 * their missing values), tables, columns, lookups, keys; then waits for the keys and publishes what changed.
 * Refuses a plan with conflicts.
 */
final class SchemaApplier {
    private final MetadataApi api;
    private final MetadataBodies bodies;
    private final KeyWaiter keys;
    private final TableCreator tableCreator;

    SchemaApplier(MetadataApi api, MetadataBodies bodies, KeyWaiter keys, TableCreator tableCreator) {
        this.api = api;
        this.bodies = bodies;
        this.keys = keys;
        this.tableCreator = tableCreator;
    }

    SchemaResult apply(SchemaPlan plan) {
        if (plan.hasConflicts()) {
            throw new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING, plan.with(Action.CONFLICT).size()
                    + " schema conflicts, e.g. " + plan.with(Action.CONFLICT).get(0).label() + ": "
                    + plan.with(Action.CONFLICT).get(0).detail(), "run schema without --apply to see them all and fix them");
        }
        SchemaRequirements req = plan.requirements();
        String solution = req.solution().uniqueName();
        List<CreatedItem> created = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        Set<String> optionSets = new LinkedHashSet<>();
        for (PlanItem item : plan.items()) {
            if (item.action() == Action.EXISTS) {
                continue;
            }
            switch (item.kind()) {
                case PUBLISHER:
                    created.add(publisher(req.publisher()));
                    break;
                case SOLUTION:
                    created.add(solution(req));
                    break;
                case OPTION_SET:
                    optionSets.add(item.name());
                    created.addAll(optionSet(find(req.optionSets(), item.name()), item, solution));
                    break;
                case TABLE:
                    tables.add(item.name());
                    created.add(tableCreator.table(req.table(item.name()).orElseThrow(), solution));
                    break;
                case COLUMN:
                    tables.add(item.table());
                    created.add(column(item.table(), column(req, item), solution));
                    break;
                case LOOKUP:
                    tables.add(item.table());
                    created.add(tableCreator.lookup(item.table(), column(req, item), req.publisher().prefix(), solution));
                    break;
                default:
                    tables.add(item.table());
                    KeyDef key = req.keys().stream().filter(k -> k.schemaName().equals(item.name())).findFirst().orElseThrow();
                    String id = api.create(MetadataApi.entity(key.table()) + "/Keys", bodies.key(key), solution);
                    created.add(new CreatedItem(CreatedItem.Kind.KEY, key.table(), key.schemaName(), id, null));
            }
        }
        keys.awaitActive(req.keys());
        boolean publish = !tables.isEmpty() || !optionSets.isEmpty();
        if (publish) {
            publish(tables, optionSets);
        }
        return new SchemaResult(created, publish);
    }

    private CreatedItem publisher(SchemaRequirements.Publisher p) {
        ObjectNode body = api.object().put("uniquename", p.uniqueName()).put("friendlyname", p.friendlyName())
                .put("customizationprefix", p.prefix()).put("customizationoptionvalueprefix", p.optionValuePrefix());
        return new CreatedItem(CreatedItem.Kind.PUBLISHER, "", p.uniqueName(), api.create("publishers", body, null), null);
    }

    private CreatedItem solution(SchemaRequirements req) {
        String filter = Query.encode("uniquename eq " + Query.literal(req.publisher().uniqueName()));
        String publisherId = api.read("publishers?$select=publisherid&$filter=" + filter)
                .map(r -> r.path("value").path(0).path("publisherid").asText()).orElse("");
        ObjectNode body = api.object().put("uniquename", req.solution().uniqueName())
                .put("friendlyname", req.solution().friendlyName()).put("version", req.solution().version())
                .put("publisherid@odata.bind", "/publishers(" + publisherId + ")");
        return new CreatedItem(CreatedItem.Kind.SOLUTION, "", req.solution().uniqueName(), api.create("solutions", body, null),
                null);
    }

    private List<CreatedItem> optionSet(OptionSetDef set, PlanItem item, String solution) {
        if (item.action() == Action.CREATE) {
            String id = api.create("GlobalOptionSetDefinitions", bodies.optionSet(set), solution);
            return List.of(new CreatedItem(CreatedItem.Kind.OPTION_SET, "", set.name(), id, null));
        }
        List<CreatedItem> out = new ArrayList<>();
        for (OptionDef o : set.options()) {
            if (item.missingValues().contains(o.value())) {
                api.post("InsertOptionValue", bodies.insertOption(set.name(), o, solution));
                out.add(new CreatedItem(CreatedItem.Kind.OPTION_VALUE, "", set.name(), "", o.value()));
            }
        }
        return out;
    }

    private CreatedItem column(String table, ColumnDef c, String solution) {
        String optionSetId = c.optionSetName() == null ? null : api.read(MetadataApi.optionSet(c.optionSetName()) + "?$select=MetadataId")
                .map(o -> o.path("MetadataId").asText()).orElseThrow(() -> new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING,
                        "option set " + c.optionSetName() + " of column " + table + "." + c.logicalName() + " does not exist",
                        "add it to the requirements' option sets"));
        String id = api.create(MetadataApi.entity(table) + "/Attributes", bodies.column(c, optionSetId), solution);
        return new CreatedItem(CreatedItem.Kind.COLUMN, table, c.logicalName(), id, null);
    }

    private void publish(Set<String> tables, Set<String> optionSets) {
        StringBuilder xml = new StringBuilder("<importexportxml><entities>");
        tables.forEach(t -> xml.append("<entity>").append(t).append("</entity>"));
        xml.append("</entities><optionsets>");
        optionSets.forEach(o -> xml.append("<optionset>").append(o).append("</optionset>"));
        xml.append("</optionsets></importexportxml>");
        api.post("PublishXml", api.object().put("ParameterXml", xml.toString()));
    }

    private static OptionSetDef find(List<OptionSetDef> sets, String name) {
        return sets.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static ColumnDef column(SchemaRequirements req, PlanItem item) {
        return req.columns().get(item.table()).stream().filter(c -> c.logicalName().equals(item.name()))
                .collect(Collectors.toList()).get(0);
    }
}
