package org.atomic2dynamics.dataverse.client.schema;

import java.util.List;

/** What apply did: every created item, in creation order (remove undoes them in reverse). */
public record SchemaResult(List<CreatedItem> created, boolean published) {

    public SchemaResult {
        created = List.copyOf(created);
    }
}
