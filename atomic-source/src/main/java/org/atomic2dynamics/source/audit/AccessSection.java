package org.atomic2dynamics.source.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.source.connect.SourceSession;

/**
 * For the connecting role: which tables of public (and storage.objects) it can read. Runs first, so the other
 * sections never query a table that would fail and abort the transaction.
 */
final class AccessSection {
    private static final String SQL = String.join("\n",
            "with me as (select rolsuper or rolbypassrls as bypass from pg_roles where rolname = current_user)",
            "select n.nspname, c.relname,",
            "  has_schema_privilege(n.oid, 'usage') and has_table_privilege(c.oid, 'select'),",
            "  c.relrowsecurity,",
            "  (select bypass from me) or (pg_has_role(c.relowner, 'usage') and not c.relforcerowsecurity),",
            "  exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polcmd in ('r', '*')",
            "    and p.polpermissive and (0 = any (p.polroles)",
            "    or exists (select 1 from unnest(p.polroles) r where pg_has_role(current_user, r, 'usage'))))",
            "from pg_class c join pg_namespace n on n.oid = c.relnamespace",
            "where c.relkind in ('r', 'p') and (n.nspname = 'public'",
            "  or (n.nspname = 'storage' and c.relname in ('objects', 'buckets')))",
            "order by n.nspname, c.relname");

    private AccessSection() {
    }

    static List<TableAccess> tables(SourceSession session) throws SQLException {
        List<TableAccess> out = new ArrayList<>();
        Connection c = session.connection();
        try (PreparedStatement ps = c.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TableAccess(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6)));
            }
        }
        return out;
    }

    static List<Finding> findings(List<TableAccess> tables, String role) {
        List<Finding> out = new ArrayList<>();
        for (TableAccess t : tables) {
            if (t.readable() || t.schema().equals("storage")) {
                continue;
            }
            String subject = t.schema() + "." + t.table();
            if (!t.granted()) {
                out.add(Finding.decision(FindingCode.ACCESS_TABLE_NOT_GRANTED, subject, role + " has no SELECT on "
                        + subject + ": its rows cannot be migrated", 1, List.of(), t.fix(role)));
            } else {
                out.add(Finding.decision(FindingCode.ACCESS_RLS_HIDES_ROWS, subject, "row level security is on for "
                        + subject + " and no policy lets " + role + " read it: it would read as empty", 1, List.of(),
                        t.fix(role)));
            }
        }
        return out;
    }
}
