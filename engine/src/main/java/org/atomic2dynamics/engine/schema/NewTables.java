package org.atomic2dynamics.engine.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;
import org.atomic2dynamics.dataverse.model.WebApiNames;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.NewTable;
import org.atomic2dynamics.mapping.spec.TableMapping;

/**
 * The custom tables a map asks for, each once, with its primary name column as the map describes it under
 * newColumns (a single line of text). Dataverse names a new table's primary key {@code <logical name>id}; a
 * map that says otherwise could not be loaded, so it is refused here rather than guessed.
 */
final class NewTables {
    private NewTables() {
    }

    static List<CustomTableDef> of(MappingSpec spec) {
        Map<String, CustomTableDef> tables = new LinkedHashMap<>();
        for (TableMapping t : spec.tables()) {
            if (!t.migrated() || t.newTable() == null) {
                continue;
            }
            CustomTableDef def = table(t, t.newTable());
            CustomTableDef earlier = tables.putIfAbsent(def.logicalName(), def);
            if (earlier != null && !Objects.equals(earlier, def)) {
                throw new MigrationException(ErrorCode.MAPPING_INVALID, "new table " + def.logicalName()
                        + " is described twice, differently", "make both descriptions the same");
            }
        }
        return List.copyOf(tables.values());
    }

    private static CustomTableDef table(TableMapping mapping, NewTable t) {
        if (!t.logicalName().equals(mapping.target())) {
            throw invalid(mapping, "its newTable is named " + t.logicalName() + ", not " + mapping.target(),
                    "give newTable.logicalName the table's target name");
        }
        String primaryId = t.logicalName() + "id";
        if (t.primaryIdColumn() != null && !t.primaryIdColumn().equals(primaryId)) {
            throw invalid(mapping, "Dataverse names the primary key of " + t.logicalName() + " " + primaryId + ", not "
                    + t.primaryIdColumn(), "set newTable.primaryIdColumn: " + primaryId);
        }
        NewColumn name = mapping.newColumn(t.primaryNameColumn()).orElseThrow(() -> invalid(mapping,
                "its primary name column " + t.primaryNameColumn() + " is not described under newColumns",
                "add it to newColumns as a String column"));
        ColumnDef primaryName = SchemaNeeds.column(name);
        if (!"String".equals(primaryName.type().metadataName())) {
            throw invalid(mapping, "its primary name column " + name.logicalName() + " is " + name.type()
                    + ", not a single line of text", "make it type: String");
        }
        String entitySet = t.entitySetName() == null || t.entitySetName().isBlank()
                ? WebApiNames.entitySetName(t.logicalName()) : t.entitySetName();
        return new CustomTableDef(t.logicalName(), t.schemaName(), t.displayName(),
                t.displayCollectionName() == null ? t.displayName() : t.displayCollectionName(),
                "Atomic CRM " + mapping.source(), entitySet, CustomTableDef.USER_OWNED, primaryName);
    }

    private static MigrationException invalid(TableMapping mapping, String what, String hint) {
        return new MigrationException(ErrorCode.MAPPING_INVALID, "new table of " + mapping.label() + ": " + what, hint);
    }
}
