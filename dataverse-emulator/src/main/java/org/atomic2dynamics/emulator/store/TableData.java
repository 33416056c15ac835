package org.atomic2dynamics.emulator.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The records of one table, in creation order, with a slot per column that has ever been written (so a
 * record costs only the columns in use) and a unique index per active alternate key. Slots are only
 * ever added and may be read without the store lock; rows are guarded by the store lock.
 */
public final class TableData {
    private final String table;
    private final Map<String, Integer> slots = new ConcurrentHashMap<>();
    private final List<String> slotNames = new CopyOnWriteArrayList<>();
    private final RowTable rows = new RowTable();
    private final Map<String, KeyIndex> keyIndexes = new LinkedHashMap<>();

    TableData(String table) {
        this.table = table;
    }

    public String table() {
        return table;
    }

    int slot(String column) {
        Integer s = slots.get(column);
        if (s == null) {
            s = slotNames.size();
            slots.put(column, s);
            slotNames.add(column);
        }
        return s;
    }

    Object value(Row row, String column) {
        Integer s = slots.get(column);
        return s == null ? null : row.get(s);
    }

    /** Column name to value for every non-null value of the row. */
    Map<String, Object> values(Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < row.width(); i++) {
            Object v = row.get(i);
            if (v != null) {
                out.put(slotNames.get(i), v);
            }
        }
        return out;
    }

    public int size() {
        return rows.size();
    }

    Row get(UUID id) {
        return rows.get(id);
    }

    /** Every record in creation order. */
    Iterable<Map.Entry<UUID, Row>> entries() {
        return rows.entries();
    }

    /** The records now, in creation order (for a snapshot: rows are immutable and shared). */
    Map<UUID, Row> copyRows() {
        Map<UUID, Row> out = new LinkedHashMap<>();
        for (Map.Entry<UUID, Row> e : rows.entries()) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * Stores (or with null removes) a row, keeping the key indexes in step; returns the previous row.
     * Throws {@link KeyViolation} before changing anything when the row would duplicate an active key.
     */
    Row put(UUID id, Row row) {
        if (row != null) {
            for (KeyIndex index : keyIndexes.values()) {
                UUID other = index.find(tuple(index, row));
                if (other != null && !other.equals(id)) {
                    throw new KeyViolation(index.name(), index.columns(), tuple(index, row));
                }
            }
        }
        return restore(id, row);
    }

    /** Stores a row without checking keys: rollback puts back a state that was valid before. */
    Row restore(UUID id, Row row) {
        Row previous = row == null ? rows.remove(id) : rows.put(id, row);
        for (KeyIndex index : keyIndexes.values()) {
            if (previous != null) {
                index.remove(tuple(index, previous), id);
            }
            if (row != null) {
                index.add(tuple(index, row), id);
            }
        }
        return previous;
    }

    /** The id holding this key tuple, or null. */
    UUID findByKey(String keyName, List<Object> tuple) {
        KeyIndex index = keyIndexes.get(keyName);
        return index == null ? null : index.find(tuple);
    }

    List<Object> tuple(KeyIndex index, Row row) {
        List<Object> out = new ArrayList<>(index.columns().size());
        for (String c : index.columns()) {
            out.add(value(row, c));
        }
        return out;
    }

    void addIndex(KeyIndex index) {
        for (Map.Entry<UUID, Row> e : rows.entries()) {
            index.add(tuple(index, e.getValue()), e.getKey());
        }
        keyIndexes.put(index.name(), index);
    }

    Collection<KeyIndex> indexes() {
        return keyIndexes.values();
    }

    /** Removes every record; the key indexes stay, empty. */
    void clear() {
        rows.clear();
        keyIndexes.values().forEach(KeyIndex::clear);
    }

    void dropIndexes() {
        keyIndexes.clear();
    }
}
