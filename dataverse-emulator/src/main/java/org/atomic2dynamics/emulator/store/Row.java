package org.atomic2dynamics.emulator.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * One stored record: values by slot (see {@link TableData#slot}), and the row version that is its etag.
 * Rows are never changed in place; an update stores a new row, so a rollback just puts the old one back
 * and readers never see half a write. The array is as long as the highest slot this row has used.
 * Text that fits in Latin-1 is kept as its bytes (a million records hold millions of strings: this saves
 * an object and 24 bytes each, which is less for the garbage collector to copy) and read back as a String.
 */
public final class Row {
    private static final Object[] NONE = new Object[0];

    private final Object[] values;
    private final long version;

    Row(Object[] values, long version) {
        this.values = values;
        this.version = version;
    }

    public static Row empty() {
        return new Row(NONE, 0);
    }

    public long version() {
        return version;
    }

    Object get(int slot) {
        if (slot >= values.length) {
            return null;
        }
        Object v = values[slot];
        return v instanceof byte[] latin1 ? new String(latin1, StandardCharsets.ISO_8859_1) : v;
    }

    /** A new row with the given slot values applied (null clears) and a new version. */
    Row with(int[] slots, Object[] changes, long newVersion) {
        int len = values.length;
        for (int i = 0; i < slots.length; i++) {
            if (changes[i] != null) {
                len = Math.max(len, slots[i] + 1);
            }
        }
        Object[] copy = Arrays.copyOf(values, len);
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] < copy.length) {
                copy[slots[i]] = compact(changes[i]);
            }
        }
        return new Row(copy, newVersion);
    }

    /** A new row with column values applied through the table's slots. */
    Row with(TableData data, Map<String, Object> values, long newVersion) {
        int[] slots = new int[values.size()];
        Object[] changes = new Object[values.size()];
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            slots[i] = data.slot(e.getKey());
            changes[i++] = e.getValue();
        }
        return with(slots, changes, newVersion);
    }

    /** Stored values are never byte arrays, so a byte array in a row always means Latin-1 text. */
    private static Object compact(Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return s;
            }
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    int width() {
        return values.length;
    }
}
