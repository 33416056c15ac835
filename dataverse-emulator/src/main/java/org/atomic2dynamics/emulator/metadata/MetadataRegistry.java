package org.atomic2dynamics.emulator.metadata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Metadata the tables themselves do not carry: ids and labels of created tables and columns, global option
 * sets, and which solution each component was created in (MSCRM.SolutionUniqueName).
 */
public final class MetadataRegistry {
    /** A component recorded in a solution: its type (1 entity, 2 attribute, 9 option set, 10 relationship, 14 key). */
    public record SolutionComponent(String solution, int componentType, UUID objectId) {
    }

    private final Map<String, CustomTable> tables = new ConcurrentHashMap<>();
    private final Map<String, CustomColumn> columns = new ConcurrentHashMap<>();
    private final Map<String, GlobalOptionSet> optionSets = new ConcurrentHashMap<>();
    private final List<SolutionComponent> components = new CopyOnWriteArrayList<>();

    /** Stable metadata ids of standard tables and columns. */
    static UUID standardId(String... parts) {
        return UUID.nameUUIDFromBytes(("metadata:" + String.join(".", parts)).getBytes(StandardCharsets.UTF_8));
    }

    void addTable(CustomTable t) {
        tables.put(t.def().logicalName(), t);
    }

    Optional<CustomTable> table(String logicalName) {
        return Optional.ofNullable(tables.get(logicalName));
    }

    /** The MetadataId of a table: the one given at creation, or a stable one for standard tables. */
    UUID tableId(String logicalName) {
        return table(logicalName).map(CustomTable::metadataId).orElse(standardId(logicalName));
    }

    Collection<CustomTable> customTables() {
        return List.copyOf(tables.values());
    }

    void addColumn(CustomColumn c) {
        columns.put(c.table() + "." + c.logicalName(), c);
    }

    Optional<CustomColumn> column(String table, String logicalName) {
        return Optional.ofNullable(columns.get(table + "." + logicalName));
    }

    UUID columnId(String table, String logicalName) {
        return column(table, logicalName).map(CustomColumn::metadataId).orElse(standardId(table, logicalName));
    }

    void putOptionSet(GlobalOptionSet set) {
        optionSets.put(set.def().name(), set);
    }

    Optional<GlobalOptionSet> optionSet(String name) {
        return Optional.ofNullable(optionSets.get(name));
    }

    Optional<GlobalOptionSet> optionSet(UUID id) {
        return optionSets.values().stream().filter(s -> s.metadataId().equals(id)).findFirst();
    }

    Collection<GlobalOptionSet> optionSets() {
        return List.copyOf(optionSets.values());
    }

    void record(String solution, int componentType, UUID objectId) {
        if (solution != null) {
            components.add(new SolutionComponent(solution, componentType, objectId));
        }
    }

    public List<SolutionComponent> components() {
        return new ArrayList<>(components);
    }

    Collection<CustomColumn> customColumns() {
        return List.copyOf(columns.values());
    }

    public void clear() {
        tables.clear();
        columns.clear();
        optionSets.clear();
        components.clear();
    }
}
