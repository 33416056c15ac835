package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A custom Dataverse table to create for a custom Atomic CRM table, with its primary name column.
 * Dynamics 365 Sales Professional allows few custom tables (15), so each one is a decision.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NewTable(String logicalName, String schemaName, String displayName, String displayCollectionName,
        String entitySetName, String primaryIdColumn, String primaryNameColumn) {
}
