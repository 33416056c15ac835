package org.atomic2dynamics.emulator.store;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The rows of one table by id, in creation order, with a LinkedHashMap's order rules: replacing a row
 * keeps its place, an id removed and added again goes to the end. Built for a million rows: ids are two
 * longs in {@link RowChunks} (no UUID or map entry per row, and growing copies nothing), and the hash
 * index is split into 64 {@link IdIndex} segments that grow one at a time, so no write ever rehashes
 * the whole table.
 */
final class RowTable {
    private static final int SEGMENTS = 64;
    private static final int HOLES_BEFORE_COMPACTING = 1024;

    private final RowChunks chunks = new RowChunks();
    private IdIndex[] index = newIndex();
    /** Positions handed out: live rows, and holes that removed rows left. */
    private int end;
    private int size;

    int size() {
        return size;
    }

    Row get(UUID id) {
        int pos = find(id);
        return pos < 0 ? null : chunks.row(pos);
    }

    /** Stores a row (a new id goes to the end); returns the previous one. */
    Row put(UUID id, Row row) {
        int pos = find(id);
        if (pos >= 0) {
            Row previous = chunks.row(pos);
            chunks.setRow(pos, row);
            return previous;
        }
        int at = end++;
        chunks.ensure(at);
        chunks.set(at, id.getMostSignificantBits(), id.getLeastSignificantBits(), row);
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
        Row previous = chunks.row(pos);
        long h = hash(id.getMostSignificantBits(), id.getLeastSignificantBits());
        index[segment(h)].remove((int) h, pos);
        chunks.setRow(pos, null);
        size--;
        while (end > 0 && chunks.row(end - 1) == null) {
            end--; // a rolled-back insert is the last row: take its place back
        }
        if (end - size > HOLES_BEFORE_COMPACTING && end - size > size) {
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
                Map.Entry<UUID, Row> entry = Map.entry(new UUID(chunks.high(pos), chunks.low(pos)), chunks.row(pos));
                pos = live(pos + 1);
                return entry;
            }
        };
    }

    void clear() {
        chunks.clear();
        index = newIndex();
        end = 0;
        size = 0;
    }

    /** Whether the id at this position is high/low (the index asks, to confirm a hash match). */
    boolean idAt(int pos, long high, long low) {
        return chunks.high(pos) == high && chunks.low(pos) == low;
    }

    private int find(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        long h = hash(high, low);
        return index[segment(h)].find((int) h, high, low, this);
    }

    /** The first position from {@code pos} on that holds a row, or {@link #end}. */
    private int live(int pos) {
        while (pos < end && chunks.row(pos) == null) {
            pos++;
        }
        return pos;
    }

    /** Closes the holes that removed rows left, keeping the order. */
    private void compact() {
        int to = 0;
        for (int from = live(0); from < end; from = live(from + 1)) {
            if (from != to) {
                long high = chunks.high(from);
                long low = chunks.low(from);
                long h = hash(high, low);
                index[segment(h)].move((int) h, from, to);
                chunks.set(to, high, low, chunks.row(from));
                chunks.setRow(from, null);
            }
            to++;
        }
        end = to;
    }

    /** A 64-bit mix of the id: its top 6 bits pick the segment, its low 32 bits are the hash within it. */
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
