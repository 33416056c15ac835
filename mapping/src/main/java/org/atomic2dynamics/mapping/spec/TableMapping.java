package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * What one source table becomes. {@code target} is the Dataverse table (logical name), or empty when the
 * table is not migrated as records ({@code reason} says why and where its content goes instead).
 * {@code when} restricts the mapping to some rows (contacts routed as leads, calls...). {@code auditColumn}
 * is the column holding the Atomic CRM id (empty on tables that cannot take custom columns).
 * {@code newColumns} are created by the schema setup; {@code newTable} is set for a custom table.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TableMapping(
        String source,
        String target,
        When when,
        Long rows,
        String reason,
        String auditColumn,
        NewTable newTable,
        List<NewColumn> newColumns,
        List<ColumnMapping> columns) {

    public TableMapping {
        newColumns = newColumns == null ? List.of() : List.copyOf(newColumns);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public boolean migrated() {
        return target != null && !target.isEmpty();
    }

    public Optional<NewColumn> newColumn(String logicalName) {
        return newColumns.stream().filter(c -> c.logicalName().equals(logicalName)).findFirst();
    }

    /** The entries reading {@code sourceColumn}, as their own source or as an input. */
    public List<ColumnMapping> entriesReading(String sourceColumn) {
        return columns.stream().filter(c -> c.reads(sourceColumn)).toList();
    }

    /** "contacts → lead (routed as lead)" — how the table is named in messages. */
    public String label() {
        String to = migrated() ? target : "not migrated";
        String cond = when == null ? "" : when.routedAs() != null ? " (routed as " + when.routedAs() + ")"
                : " (" + when.column() + " in " + when.in() + ")";
        return source + " → " + to + cond;
    }
}
