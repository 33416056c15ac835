package org.atomic2dynamics.source.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.ForeignKeyInfo;

/** Primary and foreign keys of the introspected schemas, keyed by "schema.table". */
final class Constraints {
    private static final String SQL = String.join("\n",
            "select n.nspname || '.' || c.relname, con.conname, con.contype,",
            "  array(select a.attname::text from unnest(con.conkey) with ordinality k(num, ord)",
            "    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.ord),",
            "  fn.nspname, fc.relname,",
            "  array(select a.attname::text from unnest(con.confkey) with ordinality k(num, ord)",
            "    join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.ord),",
            "  con.confupdtype, con.confdeltype",
            "from pg_constraint con",
            "join pg_class c on c.oid = con.conrelid",
            "join pg_namespace n on n.oid = c.relnamespace",
            "left join pg_class fc on fc.oid = con.confrelid",
            "left join pg_namespace fn on fn.oid = fc.relnamespace",
            "where n.nspname = any(?) and con.contype in ('p', 'f')",
            "order by 1, 2");
    private static final Map<String, String> ACTIONS = Map.of(
            "a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE", "n", "SET NULL", "d", "SET DEFAULT");

    private final Map<String, List<String>> primaryKeys = new HashMap<>();
    private final Map<String, List<ForeignKeyInfo>> foreignKeys = new HashMap<>();

    static Constraints read(Connection c, List<String> schemas) throws SQLException {
        Constraints result = new Constraints();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs);
                }
            }
        }
        return result;
    }

    private void add(ResultSet rs) throws SQLException {
        String table = rs.getString(1);
        List<String> columns = Arrays.asList((String[]) rs.getArray(4).getArray());
        if (rs.getString(3).equals("p")) {
            primaryKeys.put(table, columns);
            return;
        }
        List<String> referenced = Arrays.asList((String[]) rs.getArray(7).getArray());
        foreignKeys.computeIfAbsent(table, k -> new ArrayList<>()).add(new ForeignKeyInfo(rs.getString(2), columns,
                rs.getString(5), rs.getString(6), referenced, ACTIONS.get(rs.getString(8)),
                ACTIONS.get(rs.getString(9))));
    }

    List<String> primaryKey(String table) {
        return primaryKeys.getOrDefault(table, List.of());
    }

    List<ForeignKeyInfo> foreignKeys(String table) {
        return foreignKeys.getOrDefault(table, List.of());
    }
}
