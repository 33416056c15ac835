package org.atomic2dynamics.emulator.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;
import org.atomic2dynamics.dataverse.model.ReferenceTables;
import org.atomic2dynamics.dataverse.model.TableDef;

/**
 * The live table definitions: the reference tables plus every table and column created through the metadata
 * API. Tables and columns are only ever added, so readers can hold an {@link EntityType} without locking.
 */
public final class Schema {
    private final Map<String, EntityType> byName = new ConcurrentHashMap<>();
    private final Map<String, EntityType> bySet = new ConcurrentHashMap<>();

    private final ReferenceTables reference;

    public Schema(ReferenceTables reference) {
        this.reference = reference;
        reset();
    }

    /** Back to the reference tables only (custom tables and columns dropped). */
    public void reset() {
        byName.clear();
        bySet.clear();
        reference.all().values().forEach(this::put);
    }

    private void put(TableDef def) {
        EntityType type = new EntityType(def);
        byName.put(def.logicalName(), type);
        bySet.put(def.entitySetName(), type);
    }

    public Optional<EntityType> byEntitySet(String entitySet) {
        return Optional.ofNullable(bySet.get(entitySet));
    }

    public Optional<EntityType> find(String logicalName) {
        return Optional.ofNullable(byName.get(logicalName));
    }

    public EntityType type(String logicalName) {
        EntityType t = byName.get(logicalName);
        if (t == null) {
            throw new IllegalArgumentException("no table " + logicalName);
        }
        return t;
    }

    public Collection<EntityType> all() {
        return List.copyOf(byName.values());
    }

    /** The table a custom table definition would become, without adding it (to check its columns first). */
    public EntityType draft(CustomTableDef table) {
        return new EntityType(table.definition(reference));
    }

    /** Adds a custom table with the system columns Dataverse gives it; callers hold the store's write lock. */
    public EntityType addTable(CustomTableDef table) {
        put(table.definition(reference));
        return type(table.logicalName());
    }

    /** Adds (or replaces) a column; callers hold the store's write lock, so no two changes interleave. */
    public EntityType addColumn(String table, ColumnDef column) {
        put(type(table).def().withColumn(column));
        return type(table);
    }

    /** Custom columns of every table, for persistence. */
    public List<ColumnDef> customColumns(String table) {
        List<ColumnDef> out = new ArrayList<>();
        type(table).def().columns().values().stream().filter(ColumnDef::custom).forEach(out::add);
        return out;
    }
}
