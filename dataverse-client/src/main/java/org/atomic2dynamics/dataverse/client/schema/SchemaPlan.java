package org.atomic2dynamics.dataverse.client.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What exists, what apply will create, and what conflicts. Computing it changes nothing. */
public record SchemaPlan(SchemaRequirements requirements, List<PlanItem> items) {

    public SchemaPlan {
        items = List.copyOf(items);
    }

    public List<PlanItem> with(PlanItem.Action action) {
        return items.stream().filter(i -> i.action() == action).collect(Collectors.toList());
    }

    public boolean hasConflicts() {
        return !with(PlanItem.Action.CONFLICT).isEmpty();
    }

    /** True when apply has nothing to do. */
    public boolean isSatisfied() {
        return items.stream().allMatch(i -> i.action() == PlanItem.Action.EXISTS);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        for (PlanItem i : items) {
            out.append(String.format(Locale.ROOT, "%-10s %-10s %s%s%n", i.action(), i.kind(), i.label(),
                    i.detail().isEmpty() ? "" : " — " + i.detail()));
        }
        out.append(with(PlanItem.Action.CREATE).size()).append(" to create, ")
                .append(with(PlanItem.Action.ADD_VALUES).size()).append(" option sets to extend, ")
                .append(with(PlanItem.Action.CONFLICT).size()).append(" conflicts, ")
                .append(with(PlanItem.Action.EXISTS).size()).append(" already there").append(System.lineSeparator());
        return out.toString();
    }

    public String toJson(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ArrayNode array = root.putArray("items");
        for (PlanItem i : items) {
            ObjectNode n = array.addObject();
            n.put("kind", i.kind().name()).put("table", i.table()).put("name", i.name())
                    .put("action", i.action().name()).put("detail", i.detail());
            ArrayNode missing = n.putArray("missingValues");
            i.missingValues().forEach(missing::add);
        }
        root.put("conflicts", hasConflicts());
        return root.toPrettyString();
    }
}
