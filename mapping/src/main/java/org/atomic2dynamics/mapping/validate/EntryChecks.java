package org.atomic2dynamics.mapping.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.atomic2dynamics.mapping.spec.Transform;

/** Checks of one mapping entry: its columns exist, its transform fits them, its options and lookups resolve. */
final class EntryChecks {
    private final MappingSpec spec;
    private final Map<String, TableDef> tables;
    private final TableMapping table;
    private final TableDef target;
    private final TableInfo source;
    private final Problems p;

    EntryChecks(MappingSpec spec, Map<String, TableDef> tables, TableMapping table, TableDef target, TableInfo source,
            Problems p) {
        this.spec = spec;
        this.tables = tables;
        this.table = table;
        this.target = target;
        this.source = source;
        this.p = p;
    }

    void check(ColumnMapping c, String at) {
        Optional<ColumnInfo> column = sourceColumns(c, at);
        Optional<Transform> t = Transform.of(c.transform());
        if (t.isEmpty()) {
            p.add(at + "/transform", "unknown transform " + c.transform(), "use one of " + Transform.names());
            return;
        }
        if (!c.migrated()) {
            if (t.get() != Transform.NONE && table.migrated()) {
                p.add(at + "/target", c.label() + " has transform " + c.transform() + " but no target",
                        "name the target column, or use transform none");
            }
            return;
        }
        if (!table.migrated() || target == null) {
            p.add(at + "/target", c.label() + " has a target but " + table.source() + " has no target table",
                    "remove the target or give the table one");
            return;
        }
        if (t.get() == Transform.NONE) {
            p.add(at + "/transform", c.label() + " has targets but transform none writes nothing", "pick a transform");
            return;
        }
        column.ifPresent(col -> sourceFamily(t.get(), col, at));
        targets(c, t.get(), column, at);
        new ReferenceChecks(spec, tables, p).check(c, t.get(), target, at);
        options(c, t.get(), at);
    }

    private Optional<ColumnInfo> sourceColumns(ColumnMapping c, String at) {
        if (source == null) {
            return Optional.empty();
        }
        if (c.source() != null && source.column(c.source()).isEmpty()) {
            p.add(at + "/source", "unknown source column " + c.source() + " in " + table.source(),
                    "use a column of " + table.source());
        }
        for (int k = 0; k < c.inputs().size(); k++) {
            if (source.column(c.inputs().get(k)).isEmpty()) {
                p.add(at + "/inputs/" + k, "unknown source column " + c.inputs().get(k) + " in " + table.source(),
                        "use a column of " + table.source());
            }
        }
        return c.source() == null ? Optional.empty() : source.column(c.source());
    }

    private void sourceFamily(Transform t, ColumnInfo col, String at) {
        String why = TypePairs.sourceProblem(t, col.family());
        if (why != null) {
            p.add(at + "/transform", "impossible type pair: " + col.name() + " (" + col.dataType() + ") with " + why,
                    "pick a transform that reads " + col.family());
        }
    }

    private void targets(ColumnMapping c, Transform t, Optional<ColumnInfo> column, String at) {
        List<String> names = c.target();
        if (names.size() > t.maxTargets()) {
            p.add(at + "/target", t.yamlName() + " writes at most " + t.maxTargets() + " columns, not " + names.size(),
                    "remove the extra targets");
        }
        for (int k = 0; k < names.size(); k++) {
            String where = names.size() == 1 ? at + "/target" : at + "/target/" + k;
            Optional<ColumnDef> def = target.column(names.get(k));
            if (def.isEmpty()) {
                p.add(where, "unknown target column " + names.get(k) + " on " + target.logicalName(),
                        "use a column of " + target.logicalName() + ", or describe it under newColumns");
                continue;
            }
            ColumnDef d = def.get();
            if (k < t.maxTargets() && !t.accepted(k).contains(d.type())) {
                p.add(where, "impossible type pair: " + t.yamlName() + " cannot write " + d.type().metadataName()
                        + " column " + d.logicalName(), "accepted here: " + t.accepted(k));
            } else if (t == Transform.COPY && column.isPresent() && !TypePairs.copyable(column.get().family(), d.type())) {
                p.add(where, "impossible type pair: " + column.get().dataType() + " copied into "
                        + d.type().metadataName() + " column " + d.logicalName(), "use a converting transform");
            }
            if (!d.validForCreate() && !d.type().isLookup()) {
                p.add(where, d.logicalName() + " cannot be set when a record is created", "map it to another column");
            }
            if (c.truncate() && d.type() != AttributeType.STRING && d.type() != AttributeType.MEMO) {
                p.add(at + "/truncate", "truncate applies to text, not to " + d.logicalName(), "remove truncate");
            }
        }
    }

    private void options(ColumnMapping c, Transform t, String at) {
        if (t != Transform.CHOICE && t != Transform.MULTI_CHOICE && t != Transform.CHOICE_LABEL
                && t != Transform.SIZE_CLASS && t != Transform.STAGE) {
            return;
        }
        Optional<OptionSetSpec> set = c.optionSet() == null ? Optional.empty() : spec.optionSet(c.optionSet());
        if (c.optionSet() != null && set.isEmpty()) {
            p.add(at + "/optionSet", "unknown option set " + c.optionSet(), "define it under optionSets");
        }
        if (t == Transform.MULTI_CHOICE && set.isPresent() && !set.get().multiSelect()) {
            p.add(at + "/optionSet", "option set " + c.optionSet() + " is not multi-select", "set multiSelect: true");
        }
        for (String name : c.target()) {
            target.column(name).filter(d -> !d.options().isEmpty() && !d.custom()).ifPresent(d ->
                    c.valueMap().forEach((from, to) -> {
                        if (!isOption(d, to)) {
                            p.add(at + "/valueMap/" + from, "'" + to + "' is not an option of " + d.logicalName(),
                                    "use one of " + d.options().stream().map(o -> o.value() + " " + o.label()).toList());
                        }
                    }));
        }
    }

    private static boolean isOption(ColumnDef d, String value) {
        try {
            return d.hasOption(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
