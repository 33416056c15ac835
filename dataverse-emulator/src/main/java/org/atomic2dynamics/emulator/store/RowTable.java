package org.atomic2dynamics.emulator.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The rows of one table by id, in creation order, with a LinkedHashMap's order rules: replacing a row
 * keeps its place, an id removed and added again goes to the end. Built for a million rows: ids are two
 * longs in fixed-size chunks (no UUID or map entry per row, and growing copies nothing), and the hash
 * index is split into 64 segments that grow one at a time, so no write ever rehashes the whole table.
 */
final class RowTable {
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int SEGMENTS = 64;

    private final List<long[]> highs = new ArrayList<>();
    private final List<long[]> lows = new ArrayList<>();
    private final List<Row[]> rows = new ArrayList<>();
    private IdIndex[] index = newIndex();
    /** Positions handed out (live rows and holes left by removed ones). */
    private int end;
    private int size;

    int size() {
        return size;
    }

    Row get(UUID id) {
        int pos = find(id);
        return pos < 0 ? null : rowAt(pos);
    }

    /** Stores a row (a new id goes to the end); returns the previous one. */
    Row put(UUID id, Row row) {
        int pos = find(id);
        if (pos >= 0) {
            Row previous = rowAt(pos);
            rows.get(pos >>> CHUNK_BITS)[pos & (CHUNK - 1)] = row;
            return previous;
        }
        if (end == highs.size() * CHUNK) {
            highs.add(new long[CHUNK]);
            lows.add(new long[CHUNK]);
            rows.add(new Row[CHUNK]);
        }
        int at = end++;
        highs.get(at >>> CHUNK_BITS)[at & (CHUNK - 1)] = id.getMostSignificantBits();
        lows.get(at >>> CHUNK_BITS)[at & (CHUNK - 1)] = id.getLeastSignificantBits();
        rows.get(at >>> CHUNK_BITS)[at & (CHUNK - 1)] = row;
        long h = hash(id.getMostSignificantBits(), id.getLeastSignificantBits());
        index[segment(h)].add((int) h, at);
        size++;
        return null;
    }

    /** Removes a row; returns it, or null when there was none. */
    Row remove(UUID id) {
        int pos = find(id);
        if (pos < 0) {
            return null;
        }
        Row previous = rowAt(pos);
        long h = hash(id.getMostSignificantBits(), id.getLeastSignificantBits());
        index[segment(h)].remove((int) h, pos);
        rows.get(pos >>> CHUNK_BITS)[pos & (CHUNK - 1)] = null;
        size--;
        while (end > 0 && rowAt(end - 1) == null) {
            end--; // a rolled-back insert is the last row: take its place back
        }
        if (end - size > CHUNK && end - size > size) {
            compact();
        }
        return previous;
    }

    /** Every row in creation order, as id and row. */
    Iterable<Map.Entry<UUID, Row>> entries() {
        return () -> new Iterator<>() {
            private int pos = live(0);

            @Override
            public boolean hasNext() {
                return pos < end;
            }

            @Override
            public Map.Entry<UUID, Row> next() {
                if (pos >= end) {
                    throw new NoSuchElementException();
                }
                Map.Entry<UUID, Row> entry = Map.entry(new UUID(high(pos), low(pos)), rowAt(pos));
                pos = live(pos + 1);
                return entry;
            }
        };
    }

    /** The first position from {@code pos} on that holds a row, or {@link #end}. */
    private int live(int pos) {
        while (pos < end && rowAt(pos) == null) {
            pos++;
        }
        return pos;
    }

    void clear() {
        highs.clear();
        lows.clear();
        rows.clear();
        index = newIndex();
        end = 0;
        size = 0;
    }

    /** Whether the id at this position is high/low (the index asks, to confirm a hash match). */
    boolean idAt(int pos, long high, long low) {
        return high(pos) == high && low(pos) == low;
    }

    private int find(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        long h = hash(high, low);
        return index[segment(h)].find((int) h, high, low, this);
    }

    /** Closes the holes that removed rows left, keeping the order. */
    private void compact() {
        int to = 0;
        for (int from = 0; from < end; from++) {
            Row row = rowAt(from);
            if (row == null) {
                continue;
            }
            if (from != to) {
                long high = high(from);
                long low = low(from);
                long h = hash(high, low);
                index[segment(h)].move((int) h, from, to);
                highs.get(to >>> CHUNK_BITS)[to & (CHUNK - 1)] = high;
                lows.get(to >>> CHUNK_BITS)[to & (CHUNK - 1)] = low;
                rows.get(to >>> CHUNK_BITS)[to & (CHUNK - 1)] = row;
                rows.get(from >>> CHUNK_BITS)[from & (CHUNK - 1)] = null;
            }
            to++;
        }
        end = to;
    }

    private Row rowAt(int pos) {
        return rows.get(pos >>> CHUNK_BITS)[pos & (CHUNK - 1)];
    }

    private long high(int pos) {
        return highs.get(pos >>> CHUNK_BITS)[pos & (CHUNK - 1)];
    }

    private long low(int pos) {
        return lows.get(pos >>> CHUNK_BITS)[pos & (CHUNK - 1)];
    }

    /** A 64-bit mix of the id: its top bits pick the segment, its low 32 bits are the hash within it. */
    private static long hash(long high, long low) {
        long h = high * 0x9E3779B97F4A7C15L + low;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static int segment(long hash) {
        return (int) (hash >>> 58);
    }

    private static IdIndex[] newIndex() {
        IdIndex[] out = new IdIndex[SEGMENTS];
        for (int i = 0; i < SEGMENTS; i++) {
            out[i] = new IdIndex();
        }
        return out;
    }
}
