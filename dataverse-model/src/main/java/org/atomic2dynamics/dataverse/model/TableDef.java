package org.atomic2dynamics.dataverse.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One Dataverse table: names, keys, the messages it supports, and its columns by logical name. */
public record TableDef(
        String logicalName,
        String schemaName,
        String displayName,
        String entitySetName,
        String primaryId,
        String primaryName,
        String ownershipType,
        List<String> messages,
        Map<String, ColumnDef> columns) {

    public TableDef {
        messages = List.copyOf(messages);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public Optional<ColumnDef> column(String logicalName) {
        return Optional.ofNullable(columns.get(logicalName));
    }

    public boolean supports(String message) {
        return messages.contains(message);
    }

    /** A copy with one more (or a replaced) column; used when the metadata API creates a column. */
    public TableDef withColumn(ColumnDef column) {
        Map<String, ColumnDef> copy = new LinkedHashMap<>(columns);
        copy.put(column.logicalName(), column);
        return new TableDef(logicalName, schemaName, displayName, entitySetName, primaryId, primaryName,
                ownershipType, messages, copy);
    }
}
