package org.atomic2dynamics.source.audit;

/**
 * Whether the connecting role can read one table: SELECT granted, and rows visible under RLS (no RLS,
 * BYPASSRLS or superuser, table owner without FORCE, or a SELECT policy that applies to the role).
 */
public record TableAccess(String schema, String table, boolean granted, boolean rls, boolean bypass,
        boolean selectPolicy) {

    public boolean readable() {
        return granted && (!rls || bypass || selectPolicy);
    }

    /** How to make the table readable, or "" when it is. */
    public String fix(String role) {
        String name = schema + "." + quoted(table);
        if (!granted) {
            return "grant select on " + name + " to " + role + "; (or connect as postgres)";
        }
        if (!readable()) {
            return "connect as postgres or a role with BYPASSRLS (service_role), or: create policy \"a2d read\" on "
                    + name + " for select to " + role + " using (true);";
        }
        return "";
    }

    private static String quoted(String name) {
        return name.matches("[a-z_][a-z0-9_]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
