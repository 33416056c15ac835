package org.atomic2dynamics.mapping.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;
import org.atomic2dynamics.dataverse.model.TableDef;

/**
 * The target tables as they will be once the schema setup has run: the given tables (reference facts or
 * live metadata) plus the spec's new tables and new columns, choice columns carrying their option sets'
 * options. Validation and the record mapper both check values against this.
 */
public final class SpecTables {
    private static final List<String> CUSTOM_TABLE_MESSAGES = List.of("Create", "Update", "Upsert", "Delete",
            "Retrieve", "RetrieveMultiple", "CreateMultiple", "UpdateMultiple", "UpsertMultiple");

    private SpecTables() {
    }

    public static Map<String, TableDef> resolve(MappingSpec spec, Map<String, TableDef> targetTables) {
        Map<String, TableDef> tables = new LinkedHashMap<>(targetTables);
        for (TableMapping t : spec.tables()) {
            if (!t.migrated()) {
                continue;
            }
            TableDef def = tables.get(t.target());
            if (def == null && t.newTable() != null) {
                def = newTable(t.newTable());
            }
            if (def == null) {
                continue;
            }
            for (NewColumn c : t.newColumns()) {
                if (def.column(c.logicalName()).isEmpty()) {
                    def = def.withColumn(column(c, spec));
                }
            }
            tables.put(t.target(), def);
        }
        return tables;
    }

    /** The column a new-column description will create. Unknown types resolve to String so checks still run. */
    public static ColumnDef column(NewColumn c, MappingSpec spec) {
        AttributeType type = typeOf(c.type());
        List<OptionDef> options = c.optionSet() == null ? List.of() : spec.optionSet(c.optionSet())
                .map(o -> o.options().stream().map(x -> OptionDef.of(x.value(), x.label())).toList()).orElse(List.of());
        return new ColumnDef(c.logicalName(), c.schemaName(), type, RequiredLevel.NONE, true, true, c.maxLength(),
                c.format(), c.minValue(), c.maxValue(), c.precision(), c.dateTimeBehavior(), options,
                c.lookupTarget() == null ? List.of() : List.of(c.lookupTarget()), c.optionSet(), true);
    }

    public static AttributeType typeOf(String name) {
        try {
            return AttributeType.fromReference(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return AttributeType.STRING;
        }
    }

    private static TableDef newTable(NewTable t) {
        Map<String, ColumnDef> columns = new LinkedHashMap<>();
        columns.put(t.primaryIdColumn(), new ColumnDef(t.primaryIdColumn(), t.primaryIdColumn(),
                AttributeType.UNIQUEIDENTIFIER, RequiredLevel.SYSTEM_REQUIRED, true, false, null, null, null, null,
                null, null, null, null, null, true));
        columns.put("ownerid", new ColumnDef("ownerid", "OwnerId", AttributeType.OWNER, RequiredLevel.SYSTEM_REQUIRED,
                true, true, null, null, null, null, null, null, null, List.of("systemuser", "team"), null, false));
        columns.put("overriddencreatedon", new ColumnDef("overriddencreatedon", "OverriddenCreatedOn",
                AttributeType.DATETIME, RequiredLevel.NONE, true, false, null, "DateOnly", null, null, null,
                "UserLocal", null, null, null, false));
        return new TableDef(t.logicalName(), t.schemaName(), t.displayName(), t.entitySetName(), t.primaryIdColumn(),
                t.primaryNameColumn(), "UserOwned", CUSTOM_TABLE_MESSAGES, columns);
    }
}
