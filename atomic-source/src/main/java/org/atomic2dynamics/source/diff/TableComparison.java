package org.atomic2dynamics.source.diff;

import java.util.List;
import java.util.Optional;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.ForeignKeyInfo;
import org.atomic2dynamics.core.source.TableInfo;

/** The column, key and foreign-key differences of one table present in both schemas. */
final class TableComparison {
    private TableComparison() {
    }

    static void compare(TableInfo ref, TableInfo live, List<SchemaDifference> out) {
        String table = live.name();
        for (ColumnInfo c : live.columns()) {
            Optional<ColumnInfo> expected = ref.column(c.name());
            if (expected.isEmpty()) {
                out.add(new SchemaDifference(DifferenceKind.CUSTOM_COLUMN, table, c.name(), null, c.dataType(), c));
                continue;
            }
            ColumnInfo e = expected.get();
            if (!e.dataType().equals(c.dataType())) {
                out.add(new SchemaDifference(DifferenceKind.TYPE_CHANGED, table, c.name(), e.dataType(), c.dataType(), c));
            }
            if (e.nullable() != c.nullable()) {
                out.add(new SchemaDifference(DifferenceKind.NULLABILITY_CHANGED, table, c.name(), nullability(e),
                        nullability(c), c));
            }
        }
        for (ColumnInfo e : ref.columns()) {
            if (live.column(e.name()).isEmpty()) {
                out.add(new SchemaDifference(DifferenceKind.MISSING_COLUMN, table, e.name(), e.dataType(), "absent", null));
            }
        }
        if (!ref.primaryKey().equals(live.primaryKey())) {
            out.add(new SchemaDifference(DifferenceKind.PRIMARY_KEY_CHANGED, table, "primary key",
                    String.join(", ", ref.primaryKey()), String.join(", ", live.primaryKey()), null));
        }
        compareForeignKeys(ref, live, out);
    }

    private static void compareForeignKeys(TableInfo ref, TableInfo live, List<SchemaDifference> out) {
        for (ForeignKeyInfo e : ref.foreignKeys()) {
            Optional<ForeignKeyInfo> found = SchemaDiff.sameTarget(live.foreignKeys(), e);
            if (found.isEmpty()) {
                out.add(new SchemaDifference(DifferenceKind.FOREIGN_KEY_MISSING, live.name(), e.name(), describe(e),
                        "absent", null));
            } else if (!actions(found.get()).equals(actions(e))) {
                out.add(new SchemaDifference(DifferenceKind.FOREIGN_KEY_CHANGED, live.name(), found.get().name(),
                        describe(e), describe(found.get()), null));
            }
        }
        for (ForeignKeyInfo fk : live.foreignKeys()) {
            if (SchemaDiff.sameTarget(ref.foreignKeys(), fk).isEmpty()) {
                out.add(new SchemaDifference(DifferenceKind.FOREIGN_KEY_ADDED, live.name(), fk.name(), null,
                        describe(fk), null));
            }
        }
    }

    private static String nullability(ColumnInfo c) {
        return c.nullable() ? "null" : "not null";
    }

    private static String actions(ForeignKeyInfo fk) {
        return fk.onUpdate() + "/" + fk.onDelete();
    }

    static String describe(ForeignKeyInfo fk) {
        return "(" + String.join(", ", fk.columns()) + ") → " + fk.referencedTable() + "("
                + String.join(", ", fk.referencedColumns()) + ") on update " + fk.onUpdate() + " on delete "
                + fk.onDelete();
    }
}
