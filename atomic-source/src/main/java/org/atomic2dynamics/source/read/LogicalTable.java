package org.atomic2dynamics.source.read;

import java.util.List;
import org.atomic2dynamics.core.source.TableInfo;

/**
 * One readable table: its logical name and shape, the physical table behind it and the integer key rows
 * are ordered and paged by.
 */
public record LogicalTable(String name, String physicalName, String idColumn, List<LogicalColumn> columns,
        TableInfo info) {

    public LogicalTable {
        columns = List.copyOf(columns);
    }

    String quotedPhysical() {
        return "public." + Sql.ident(physicalName);
    }
}
