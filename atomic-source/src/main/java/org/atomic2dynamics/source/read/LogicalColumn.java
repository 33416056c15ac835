package org.atomic2dynamics.source.read;

import org.atomic2dynamics.core.source.ColumnInfo;

/**
 * A column as the reader presents it ({@code info}: logical name and type) and the SQL that produces it from
 * the physical table ({@code sql}, e.g. {@code "stateAbbr"} or a jsonb_build_array over the old email column).
 */
public record LogicalColumn(ColumnInfo info, String sql, boolean converted) {

    public String name() {
        return info.name();
    }
}
