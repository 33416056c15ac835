package org.atomic2dynamics.mapping.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;

/** Checks of each table mapping: source and target exist, every source column is accounted for, order. */
final class TableChecks {
    private TableChecks() {
    }

    static void tables(MappingSpec spec, Map<String, TableDef> tables, SchemaSnapshot schema, Problems p) {
        Map<String, Boolean> unconditional = new HashMap<>();
        for (int i = 0; i < spec.tables().size(); i++) {
            TableMapping t = spec.tables().get(i);
            String at = "/tables/" + i;
            Optional<TableInfo> source = schema == null ? Optional.empty() : find(schema, t.source());
            if (schema != null && source.isEmpty()) {
                p.add(at + "/source", "unknown source table " + t.source(), "use a table of the source database");
            }
            if (Boolean.TRUE.equals(unconditional.get(t.source()))) {
                p.add(at + "/when", t.label() + " can never apply: an earlier mapping of " + t.source()
                        + " takes every row", "move it before the mapping without 'when'");
            }
            if (t.when() == null) {
                unconditional.put(t.source(), true);
            }
            TableDef target = t.migrated() ? tables.get(t.target()) : null;
            if (t.migrated() && target == null) {
                p.add(at + "/target", "unknown target table " + t.target(), "use a Dataverse table, or describe"
                        + " it under newTable");
            }
            if (!t.migrated() && (t.reason() == null || t.reason().isBlank())) {
                p.add(at, t.source() + " is not migrated and says no reason", "add a reason");
            }
            SpecChecks.newColumns(spec, t, at, p);
            source.ifPresent(s -> coverage(t, s, at, p));
            when(t, source, at, p);
            duplicates(t, at, p);
            EntryChecks entries = new EntryChecks(spec, tables, t, target, source.orElse(null), p);
            for (int j = 0; j < t.columns().size(); j++) {
                entries.check(t.columns().get(j), at + "/columns/" + j);
            }
        }
        if (schema != null) {
            for (TableInfo table : schema.tables()) {
                if (spec.mappingsOf(table.name()).isEmpty()) {
                    p.add("/tables", "source table " + table.name() + " has no entry", "add one, or an entry without"
                            + " target saying why it is not migrated");
                }
            }
        }
    }

    private static Optional<TableInfo> find(SchemaSnapshot schema, String name) {
        return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static void coverage(TableMapping t, TableInfo source, String at, Problems p) {
        for (ColumnInfo c : source.columns()) {
            if (t.entriesReading(c.name()).isEmpty()) {
                p.add(at + "/columns", "column " + c.name() + " of " + t.label() + " has no entry", "map it, or add"
                        + " an entry with transform none and the reason it is not migrated");
            }
        }
    }

    private static void when(TableMapping t, Optional<TableInfo> source, String at, Problems p) {
        if (t.when() != null && t.when().column() != null && source.isPresent()
                && source.get().column(t.when().column()).isEmpty()) {
            p.add(at + "/when/column", "unknown source column " + t.when().column() + " in 'when'",
                    "use a column of " + t.source());
        }
    }

    /** Two entries writing one column would overwrite each other (appending to a note's text is fine). */
    private static void duplicates(TableMapping t, String at, Problems p) {
        Set<String> written = new HashSet<>();
        List<ColumnMapping> columns = t.columns();
        for (int j = 0; j < columns.size(); j++) {
            ColumnMapping c = columns.get(j);
            if (c.params().containsKey("append")) {
                continue;
            }
            for (int k = 0; k < c.target().size(); k++) {
                if (!written.add(c.target().get(k))) {
                    p.add(at + "/columns/" + j + "/target", "target column " + c.target().get(k) + " of " + t.label()
                            + " is written by two entries", "keep one, or map the other elsewhere");
                }
            }
        }
    }
}
