package org.atomic2dynamics.core.source;

import java.util.List;

/**
 * A column as introspected from Postgres. {@code dataType} is Postgres' own spelling
 * (format_type: "bigint", "timestamp with time zone", "jsonb[]", "extensions.citext", "numeric(12,2)").
 * {@code enumLabels} lists the labels of a user-defined enum type, otherwise it is empty.
 */
public record ColumnInfo(
        String name,
        String dataType,
        TypeFamily family,
        boolean nullable,
        String defaultExpression,
        int position,
        List<String> enumLabels) {

    public ColumnInfo {
        enumLabels = enumLabels == null ? List.of() : List.copyOf(enumLabels);
    }
}
