package org.atomic2dynamics.dataverse.client.schema;

import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;

/** Creates custom tables ({@code POST EntityDefinitions}) and lookups ({@code POST RelationshipDefinitions}). */
final class TableCreator {
    private final MetadataApi api;
    private final TableBodies bodies;

    TableCreator(MetadataApi api, TableBodies bodies) {
        this.api = api;
        this.bodies = bodies;
    }

    CreatedItem table(CustomTableDef t, String solution) {
        String id = api.create("EntityDefinitions", bodies.table(t), solution);
        return new CreatedItem(CreatedItem.Kind.TABLE, t.logicalName(), t.schemaName(), id, null);
    }

    /** The lookup {@code column} on {@code table}; its target exists by now, so its primary key is read. */
    CreatedItem lookup(String table, ColumnDef column, String prefix, String solution) {
        String target = column.targets().get(0);
        String primaryId = api.read(MetadataApi.entity(target) + "?$select=PrimaryIdAttribute")
                .map(e -> e.path("PrimaryIdAttribute").asText()).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING, "table " + target
                        + " of lookup " + table + "." + column.logicalName() + " does not exist",
                        "run schema --apply again; if it persists, create the table or remove the lookup from the mapping"));
        String id = api.create("RelationshipDefinitions", bodies.relationship(prefix, target, primaryId, table, column),
                solution);
        return new CreatedItem(CreatedItem.Kind.LOOKUP, table, column.logicalName(), id, null);
    }
}
