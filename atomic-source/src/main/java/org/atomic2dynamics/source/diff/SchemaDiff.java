package org.atomic2dynamics.source.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.ForeignKeyInfo;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.core.source.ViewInfo;

/**
 * Compares the live public schema with the reference of its generation, by physical names: tables, columns,
 * types, nullability, keys and views. Column order and defaults are not compared (Studio edits move neither
 * data nor meaning).
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    public static List<SchemaDifference> compare(SchemaSnapshot reference, SchemaSnapshot live) {
        List<SchemaDifference> out = new ArrayList<>();
        Map<String, TableInfo> expected = publicByName(reference.tables(), TableInfo::schema, TableInfo::name);
        Map<String, TableInfo> actual = publicByName(live.tables(), TableInfo::schema, TableInfo::name);
        for (TableInfo t : actual.values()) {
            TableInfo ref = expected.get(t.name());
            if (ref == null) {
                out.add(new SchemaDifference(DifferenceKind.CUSTOM_TABLE, t.name(), null, null,
                        t.columns().size() + " columns", null));
            } else {
                TableComparison.compare(ref, t, out);
            }
        }
        for (TableInfo ref : expected.values()) {
            if (!actual.containsKey(ref.name())) {
                out.add(new SchemaDifference(DifferenceKind.MISSING_TABLE, ref.name(), null, "present", "absent", null));
            }
        }
        compareViews(reference, live, out);
        return out;
    }

    private static void compareViews(SchemaSnapshot reference, SchemaSnapshot live, List<SchemaDifference> out) {
        Map<String, ViewInfo> expected = publicByName(reference.views(), ViewInfo::schema, ViewInfo::name);
        Map<String, ViewInfo> actual = publicByName(live.views(), ViewInfo::schema, ViewInfo::name);
        for (ViewInfo v : actual.values()) {
            ViewInfo ref = expected.get(v.name());
            if (ref == null) {
                out.add(new SchemaDifference(DifferenceKind.VIEW_ADDED, v.name(), null, null, columnList(v), null));
            } else if (!names(ref).equals(names(v))) {
                List<String> added = v.columns().stream().map(ColumnInfo::name).filter(n -> !names(ref).contains(n))
                        .toList();
                List<String> lacking = ref.columns().stream().map(ColumnInfo::name)
                        .filter(n -> !names(v).contains(n)).toList();
                out.add(new SchemaDifference(DifferenceKind.VIEW_CHANGED, v.name(), null,
                        lacking.isEmpty() ? "" : "lacks " + String.join(", ", lacking),
                        added.isEmpty() ? "" : "adds " + String.join(", ", added), null));
            }
        }
        for (ViewInfo ref : expected.values()) {
            if (!actual.containsKey(ref.name())) {
                out.add(new SchemaDifference(DifferenceKind.VIEW_MISSING, ref.name(), null, "present", "absent", null));
            }
        }
    }

    private static List<String> names(ViewInfo v) {
        return v.columns().stream().map(ColumnInfo::name).sorted().toList();
    }

    private static String columnList(ViewInfo v) {
        return v.columns().stream().map(ColumnInfo::name).collect(Collectors.joining(", "));
    }

    private static <T> Map<String, T> publicByName(List<T> items, Function<T, String> schema,
            Function<T, String> name) {
        return items.stream().filter(i -> schema.apply(i).equals("public"))
                .collect(Collectors.toMap(name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static Optional<ForeignKeyInfo> sameTarget(List<ForeignKeyInfo> fks, ForeignKeyInfo wanted) {
        return fks.stream().filter(fk -> fk.columns().equals(wanted.columns())
                && fk.referencedTable().equals(wanted.referencedTable())
                && fk.referencedColumns().equals(wanted.referencedColumns())).findFirst();
    }
}
