package org.atomic2dynamics.core.source;

import java.util.List;

/** A view; {@code securityInvoker} is Postgres' security_invoker option (RLS of the caller applies). */
public record ViewInfo(String schema, String name, List<ColumnInfo> columns, boolean securityInvoker) {

    public ViewInfo {
        columns = List.copyOf(columns);
    }
}
