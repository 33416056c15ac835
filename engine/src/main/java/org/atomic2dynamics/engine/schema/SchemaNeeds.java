package org.atomic2dynamics.engine.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;

/**
 * What Dataverse must have before any record loads, read off a mapping: the global option sets, the custom
 * tables, the new columns per table (lookups among them, each naming its target table), and an alternate key
 * on every column the map marks as one (the audit column). Several source tables may ask for the same column
 * on one target (contact and deal notes → annotation): asked twice alike it is needed once; asked differently
 * it is a mapping error.
 */
public record SchemaNeeds(List<OptionSetDef> optionSets, List<CustomTableDef> tables, Map<String, List<ColumnDef>> columns,
        List<KeyDef> keys) {

    public SchemaNeeds {
        optionSets = List.copyOf(optionSets);
        tables = List.copyOf(tables);
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        keys = List.copyOf(keys);
    }

    public static SchemaNeeds of(MappingSpec spec) {
        List<OptionSetDef> optionSets = spec.optionSets().stream().map(SchemaNeeds::optionSet).toList();
        Map<String, Map<String, NewColumn>> byTable = new LinkedHashMap<>();
        for (TableMapping t : spec.tables()) {
            if (!t.migrated()) {
                continue;
            }
            for (NewColumn c : t.newColumns()) {
                NewColumn earlier = byTable.computeIfAbsent(t.target(), k -> new LinkedHashMap<>())
                        .putIfAbsent(c.logicalName(), c);
                if (earlier != null && !Objects.equals(earlier, c)) {
                    throw new MigrationException(ErrorCode.MAPPING_INVALID, "column " + t.target() + "."
                            + c.logicalName() + " is described twice, differently", "make both descriptions the same");
                }
            }
        }
        Map<String, List<ColumnDef>> columns = new LinkedHashMap<>();
        List<KeyDef> keys = new ArrayList<>();
        byTable.forEach((table, cols) -> cols.values().forEach(c -> {
            columns.computeIfAbsent(table, k -> new ArrayList<>()).add(column(c));
            if (c.alternateKey()) {
                keys.add(new KeyDef(table, keyName(table, c), List.of(c.logicalName()), null));
            }
        }));
        return new SchemaNeeds(optionSets, NewTables.of(spec), columns, keys);
    }

    /** prefix_table_column_key, e.g. atm_account_atomicid_key; a custom table's own prefix is not repeated. */
    static String keyName(String table, NewColumn column) {
        String prefix = column.logicalName().substring(0, column.logicalName().indexOf('_') + 1);
        String bareTable = table.startsWith(prefix) ? table.substring(prefix.length()) : table;
        return prefix + bareTable + "_" + column.logicalName().substring(prefix.length()) + "_key";
    }

    private static OptionSetDef optionSet(OptionSetSpec s) {
        return new OptionSetDef(s.name(), s.displayName(),
                s.options().stream().map(o -> OptionDef.of(o.value(), o.label())).toList());
    }

    static ColumnDef column(NewColumn c) {
        AttributeType type = AttributeType.fromReference(c.type());
        return new ColumnDef(c.logicalName(), c.schemaName(), type, RequiredLevel.NONE, true, true,
                c.maxLength(), c.format(), c.minValue(), c.maxValue(), c.precision(), c.dateTimeBehavior(),
                List.of(), c.lookupTarget() == null ? List.of() : List.of(c.lookupTarget()), c.optionSet(), true);
    }
}
