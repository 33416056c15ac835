package org.atomic2dynamics.emulator.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids (as two longs) and rows of a {@link RowTable} by position, in fixed-size chunks: growing adds a
 * chunk and never copies what is there, however many rows the table holds.
 */
final class RowChunks {
    private static final int BITS = 10;
    private static final int SIZE = 1 << BITS;
    private static final int MASK = SIZE - 1;

    private final List<long[]> highs = new ArrayList<>();
    private final List<long[]> lows = new ArrayList<>();
    private final List<Row[]> rows = new ArrayList<>();

    /** Makes room for positions up to {@code position}. */
    void ensure(int position) {
        while (position >= rows.size() * SIZE) {
            highs.add(new long[SIZE]);
            lows.add(new long[SIZE]);
            rows.add(new Row[SIZE]);
        }
    }

    void set(int position, long high, long low, Row row) {
        highs.get(position >>> BITS)[position & MASK] = high;
        lows.get(position >>> BITS)[position & MASK] = low;
        rows.get(position >>> BITS)[position & MASK] = row;
    }

    void setRow(int position, Row row) {
        rows.get(position >>> BITS)[position & MASK] = row;
    }

    Row row(int position) {
        return rows.get(position >>> BITS)[position & MASK];
    }

    long high(int position) {
        return highs.get(position >>> BITS)[position & MASK];
    }

    long low(int position) {
        return lows.get(position >>> BITS)[position & MASK];
    }

    void clear() {
        highs.clear();
        lows.clear();
        rows.clear();
    }
}
