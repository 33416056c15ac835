package org.atomic2dynamics.source.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.ForeignKeyInfo;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.source.config.Slugs;

/**
 * Presents a physical table of any generation in the current shape. Each rule follows one upstream migration
 * and looks at the columns actually present, so a database between two generations is read right too.
 */
final class LogicalLayout {
    private static final Map<String, String> RENAMED_COLUMNS = Map.of("stateAbbr", "state_abbr");
    /** Columns that stored labels before 2026-02 and slugs since (migration 20260211194545). */
    private static final Map<String, Set<String>> LABEL_COLUMNS = Map.of("companies", Set.of("sector"),
            "deals", Set.of("category"), "tasks", Set.of("type"), "contact_notes", Set.of("status"));
    private static final Set<String> OLD_PHONE_COLUMNS = Set.of("phone_1_number", "phone_1_type", "phone_2_number",
            "phone_2_type");

    private final SchemaGeneration generation;

    LogicalLayout(SchemaGeneration generation) {
        this.generation = generation;
    }

    LogicalTable layout(TableInfo physical, String idColumn) {
        String logical = StandardTables.logicalName(physical.name());
        List<LogicalColumn> columns = new ArrayList<>();
        for (ColumnInfo c : physical.columns()) {
            LogicalColumn column = column(logical, physical, c, columns.size() + 1);
            if (column != null) {
                columns.add(column);
            }
        }
        List<ColumnInfo> infos = columns.stream().map(LogicalColumn::info).toList();
        TableInfo info = new TableInfo("public", logical, infos, physical.primaryKey().stream().map(this::column).toList(),
                physical.foreignKeys().stream().map(this::foreignKey).toList(), physical.rowLevelSecurity());
        return new LogicalTable(logical, physical.name(), idColumn, columns, info);
    }

    private LogicalColumn column(String table, TableInfo physical, ColumnInfo c, int position) {
        String name = c.name();
        String ref = Sql.ident(name);
        if (table.equals("contacts") && name.equals("email") && c.family() == TypeFamily.TEXT) {
            return converted(c, "email_jsonb", "jsonb", TypeFamily.JSON, position, "case when " + ref
                    + " is null then null else jsonb_build_array(jsonb_build_object('email', " + ref
                    + ", 'type', 'Other')) end");
        }
        if (table.equals("contacts") && OLD_PHONE_COLUMNS.contains(name)) {
            return name.equals("phone_1_number") ? converted(c, "phone_jsonb", "jsonb", TypeFamily.JSON, position,
                    phones(physical)) : null;
        }
        if (RENAMED_COLUMNS.containsKey(name)) {
            return converted(c, RENAMED_COLUMNS.get(name), c.dataType(), c.family(), position, ref);
        }
        if (generation.storesLabels() && LABEL_COLUMNS.getOrDefault(table, Set.of()).contains(name)
                && c.family() == TypeFamily.TEXT) {
            return converted(c, name, c.dataType(), c.family(), position, Slugs.sql(ref));
        }
        if (table.equals("deals") && name.equals("expected_closing_date") && c.family() == TypeFamily.TIMESTAMPTZ) {
            return converted(c, name, "date", TypeFamily.DATE, position, "(" + ref + " at time zone 'UTC')::date");
        }
        return new LogicalColumn(withPosition(c, c.name(), c.dataType(), c.family(), position), ref, false);
    }

    /** phone_1/phone_2 number and type → [{"number", "type"}], as migration 20250113132531 did. */
    private static String phones(TableInfo physical) {
        List<String> items = new ArrayList<>();
        for (String n : List.of("1", "2")) {
            String number = "phone_" + n + "_number";
            String type = "phone_" + n + "_type";
            if (physical.column(number).isPresent()) {
                String typeSql = physical.column(type).isPresent() ? Sql.ident(type) : "null";
                items.add("case when " + Sql.ident(number) + " is not null then jsonb_build_object('number', "
                        + Sql.ident(number) + ", 'type', " + typeSql + ") end");
            }
        }
        return "jsonb_path_query_array(jsonb_build_array(" + String.join(", ", items) + "), '$[*] ? (@ != null)')";
    }

    private static LogicalColumn converted(ColumnInfo c, String name, String type, TypeFamily family, int position,
            String sql) {
        return new LogicalColumn(withPosition(c, name, type, family, position), sql, true);
    }

    private static ColumnInfo withPosition(ColumnInfo c, String name, String type, TypeFamily family, int position) {
        return new ColumnInfo(name, type, family, c.nullable(), c.defaultExpression(), position, c.enumLabels());
    }

    private String column(String physical) {
        return RENAMED_COLUMNS.getOrDefault(physical, physical);
    }

    private ForeignKeyInfo foreignKey(ForeignKeyInfo fk) {
        return new ForeignKeyInfo(fk.name(), fk.columns().stream().map(this::column).toList(), fk.referencedSchema(),
                StandardTables.logicalName(fk.referencedTable()),
                fk.referencedColumns().stream().map(this::column).toList(), fk.onUpdate(), fk.onDelete());
    }
}
