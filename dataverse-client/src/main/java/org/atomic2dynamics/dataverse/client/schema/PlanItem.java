package org.atomic2dynamics.dataverse.client.schema;

import java.util.List;

/**
 * One thing the plan looked at. {@code table} is empty for publisher, solution, option sets and tables (whose
 * {@code name} is the table's logical name); a LOOKUP's {@code table} is the referencing table;
 * {@code missingValues} lists the option values an existing option set lacks.
 */
public record PlanItem(Kind kind, String table, String name, Action action, String detail, List<Integer> missingValues) {

    /** In the order apply creates them: a table before its columns, lookups once both their tables exist. */
    public enum Kind { PUBLISHER, SOLUTION, OPTION_SET, TABLE, COLUMN, LOOKUP, KEY }

    /** EXISTS: nothing to do. CREATE: apply creates it. ADD_VALUES: apply inserts the missing option values. CONFLICT: a person must decide. */
    public enum Action { EXISTS, CREATE, ADD_VALUES, CONFLICT }

    public PlanItem {
        missingValues = List.copyOf(missingValues);
        table = table == null ? "" : table;
        detail = detail == null ? "" : detail;
    }

    public static PlanItem of(Kind kind, String table, String name, Action action, String detail) {
        return new PlanItem(kind, table, name, action, detail, List.of());
    }

    public String label() {
        return table.isEmpty() ? name : table + "." + name;
    }
}
