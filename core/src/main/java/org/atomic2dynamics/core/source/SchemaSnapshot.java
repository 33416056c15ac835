package org.atomic2dynamics.core.source;

import java.util.List;
import java.util.Optional;

/** Everything introspected from the source database's schemas, before any interpretation. */
public record SchemaSnapshot(List<TableInfo> tables, List<ViewInfo> views) {

    public SchemaSnapshot {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
    }

    public Optional<TableInfo> table(String schema, String name) {
        return tables.stream().filter(t -> t.schema().equals(schema) && t.name().equals(name)).findFirst();
    }

    public Optional<TableInfo> publicTable(String name) {
        return table("public", name);
    }
}
