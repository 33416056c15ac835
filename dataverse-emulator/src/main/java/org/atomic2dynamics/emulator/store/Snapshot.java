package org.atomic2dynamics.emulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records of every table at one moment. Rows are immutable, so a snapshot shares them with the store
 * and costs one map entry per record.
 */
public final class Snapshot {
    private final Map<String, Map<UUID, Row>> tables;

    Snapshot(Map<String, Map<UUID, Row>> tables) {
        this.tables = tables;
    }

    Map<String, Map<UUID, Row>> tables() {
        return tables;
    }

    public int size() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    /** One record that differs between a snapshot and now. */
    public record Change(String table, UUID id) {
    }

    /** What changed since a snapshot: created, updated (new version) and deleted records. */
    public record Diff(List<Change> created, List<Change> updated, List<Change> deleted) {
        public boolean isEmpty() {
            return created.isEmpty() && updated.isEmpty() && deleted.isEmpty();
        }
    }

    static Diff diff(Snapshot before, Snapshot now) {
        List<Change> created = new ArrayList<>();
        List<Change> updated = new ArrayList<>();
        List<Change> deleted = new ArrayList<>();
        now.tables.forEach((table, rows) -> {
            Map<UUID, Row> old = before.tables.getOrDefault(table, Map.of());
            rows.forEach((id, row) -> {
                Row was = old.get(id);
                if (was == null) {
                    created.add(new Change(table, id));
                } else if (was.version() != row.version()) {
                    updated.add(new Change(table, id));
                }
            });
        });
        before.tables.forEach((table, rows) -> {
            Map<UUID, Row> current = now.tables.getOrDefault(table, Map.of());
            rows.keySet().stream().filter(id -> !current.containsKey(id)).forEach(id -> deleted.add(new Change(table, id)));
        });
        return new Diff(created, updated, deleted);
    }
}
