package org.atomic2dynamics.emulator.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The unique index behind an active alternate key. Tuples with a null part are not indexed (SQL's
 * filtered unique index), so records without a key value never clash.
 */
final class KeyIndex {
    private final String name;
    private final List<String> columns;
    private final Map<List<Object>, UUID> ids = new HashMap<>();

    KeyIndex(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    String name() {
        return name;
    }

    List<String> columns() {
        return columns;
    }

    void add(List<Object> tuple, UUID id) {
        if (!tuple.contains(null)) {
            ids.put(tuple, id);
        }
    }

    void remove(List<Object> tuple, UUID id) {
        if (id.equals(ids.get(tuple))) {
            ids.remove(tuple);
        }
    }

    UUID find(List<Object> tuple) {
        return ids.get(tuple);
    }

    void clear() {
        ids.clear();
    }
}
