package org.atomic2dynamics.core.source;

import java.util.List;

/** A foreign key; actions are Postgres' words ("CASCADE", "NO ACTION", ...). */
public record ForeignKeyInfo(
        String name,
        List<String> columns,
        String referencedSchema,
        String referencedTable,
        List<String> referencedColumns,
        String onUpdate,
        String onDelete) {

    public ForeignKeyInfo {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
