package org.atomic2dynamics.dataverse.client.schema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.atomic2dynamics.dataverse.client.DataverseClient;

/**
 * Destination schema setup: {@link #plan} reads and compares (changes nothing), {@link #apply} creates what
 * the plan says is missing and returns every created item, {@link #remove} deletes such items in reverse
 * (a lookup through its relationship, a table with everything on it).
 */
public final class SchemaSetup {
    private final MetadataApi api;
    private final SchemaPlanner planner;
    private final SchemaApplier applier;

    public SchemaSetup(DataverseClient client, Duration firstKeyPoll, Duration keyTimeout) {
        this.api = new MetadataApi(client);
        MetadataBodies bodies = new MetadataBodies(client.json());
        this.planner = new SchemaPlanner(api);
        this.applier = new SchemaApplier(api, bodies, new KeyWaiter(api, firstKeyPoll, keyTimeout),
                new TableCreator(api, new TableBodies(client.json(), bodies)));
    }

    public SchemaSetup(DataverseClient client) {
        this(client, Duration.ofSeconds(2), Duration.ofMinutes(20));
    }

    public SchemaPlan plan(SchemaRequirements requirements) {
        return planner.plan(requirements);
    }

    public SchemaResult apply(SchemaPlan plan) {
        return applier.apply(plan);
    }

    /** Deletes created items, newest first; returns the ones that were still there. */
    public List<CreatedItem> remove(List<CreatedItem> created) {
        List<CreatedItem> reversed = new ArrayList<>(created);
        Collections.reverse(reversed);
        List<CreatedItem> removed = new ArrayList<>();
        for (CreatedItem item : reversed) {
            if (removeOne(item)) {
                removed.add(item);
            }
        }
        return removed;
    }

    private boolean removeOne(CreatedItem item) {
        switch (item.kind()) {
            case KEY:
                return api.delete(MetadataApi.entity(item.table()) + "/Keys(LogicalName='" + item.name().toLowerCase() + "')");
            case LOOKUP:
                return api.delete("RelationshipDefinitions(" + item.id() + ")");
            case TABLE:
                return api.delete(MetadataApi.entity(item.table()));
            case COLUMN:
                return api.delete(MetadataApi.entity(item.table()) + "/Attributes(LogicalName='" + item.name() + "')");
            case OPTION_VALUE:
                api.post("DeleteOptionValue", api.object().put("OptionSetName", item.name()).put("Value", item.value()));
                return true;
            case OPTION_SET:
                return api.delete(MetadataApi.optionSet(item.name()));
            case SOLUTION:
                return api.delete("solutions(" + item.id() + ")");
            default:
                return api.delete("publishers(" + item.id() + ")");
        }
    }
}
