package org.atomic2dynamics.emulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The writes of one atomic unit (a request, a changeset, a bulk message). It keeps the previous row of
 * everything it touches so that {@link Store} can put them back if the unit fails.
 */
public final class Tx {
    private record Undo(TableData data, UUID id, Row previous) {
    }

    private final Store store;
    private final List<Undo> undo = new ArrayList<>();
    private int written;

    Tx(Store store) {
        this.store = store;
    }

    public Record insert(String table, UUID id, Map<String, Object> values) {
        TableData data = store.data(table);
        Row row = apply(data, Row.empty(), values);
        undo.add(new Undo(data, id, data.put(id, row)));
        written++;
        return new Record(data, id, row);
    }

    /** Applies changes (null values clear a column) and gives the record a new version. */
    public Record update(Record existing, Map<String, Object> changes) {
        TableData data = store.data(existing.table());
        Row row = apply(data, existing.row(), changes);
        undo.add(new Undo(data, existing.id(), data.put(existing.id(), row)));
        written++;
        return new Record(data, existing.id(), row);
    }

    public void delete(Record existing) {
        TableData data = store.data(existing.table());
        undo.add(new Undo(data, existing.id(), data.put(existing.id(), null)));
    }

    private Row apply(TableData data, Row row, Map<String, Object> values) {
        return row.with(data, values, store.nextVersion());
    }

    int written() {
        return written;
    }

    void rollback() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            Undo u = undo.get(i);
            u.data().restore(u.id(), u.previous());
        }
        undo.clear();
        written = 0;
    }
}
