package org.atomic2dynamics.source.introspect;

/** Catalog queries that stay safe for roles with few privileges. */
public final class Catalog {
    private Catalog() {
    }

    /**
     * SQL answering whether the current role may read {@code schema.table}: false when the table does not
     * exist. It finds the table by oid in pg_class, because naming a schema the role may not use fails.
     */
    public static String readable(String schema, String table) {
        return "select coalesce((select has_schema_privilege(n.oid, 'usage') and has_table_privilege(c.oid, 'select')"
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = '"
                + schema.replace("'", "''") + "' and c.relname = '" + table.replace("'", "''") + "'), false)";
    }
}
