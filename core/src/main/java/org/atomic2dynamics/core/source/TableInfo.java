package org.atomic2dynamics.core.source;

import java.util.List;
import java.util.Optional;

/** A table as introspected from Postgres, with its physical (not normalised) name. */
public record TableInfo(
        String schema,
        String name,
        List<ColumnInfo> columns,
        List<String> primaryKey,
        List<ForeignKeyInfo> foreignKeys,
        boolean rowLevelSecurity) {

    public TableInfo {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<ColumnInfo> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
