package org.atomic2dynamics.emulator.store;

import java.util.Map;
import java.util.UUID;

/** A read view of one stored record. Immutable: later writes store new rows and do not change it. */
public final class Record {
    private final String table;
    private final UUID id;
    private final Row row;
    private final TableData data;

    Record(TableData data, UUID id, Row row) {
        this.table = data.table();
        this.id = id;
        this.row = row;
        this.data = data;
    }

    public String table() {
        return table;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return row.version();
    }

    public Object get(String column) {
        return data.value(row, column);
    }

    /** Every non-null stored value by column name. */
    public Map<String, Object> values() {
        return data.values(row);
    }

    public String etag() {
        return "W/\"" + row.version() + "\"";
    }

    Row row() {
        return row;
    }
}
