package org.atomic2dynamics.emulator.store;

/**
 * One segment of a {@link RowTable}'s hash index: open addressing with linear probing over a long array,
 * each slot holding the id's 32-bit hash (high half) and its position + 1 (low half). Keeping the hash in
 * the slot lets a probe skip other ids without reading them, and lets the segment grow without them.
 * Removed ids leave a tombstone, cleared when the segment is next rebuilt.
 */
final class IdIndex {
    private static final long EMPTY = 0L;
    private static final long REMOVED = -1L;

    private long[] slots = new long[16];
    private int used;
    private int live;

    /** The position of the id with this hash that {@code table} says matches, or -1. */
    int find(int hash, long high, long low, RowTable table) {
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == EMPTY) {
                return -1;
            }
            if (s != REMOVED && (int) (s >>> 32) == hash && table.idAt((int) s - 1, high, low)) {
                return (int) s - 1;
            }
        }
    }

    /** Adds a position for an id that is not in the index. */
    void add(int hash, int position) {
        if ((used + 1) * 4L > slots.length * 3L) {
            rebuild();
        }
        if (place(slots, (long) hash << 32 | (position + 1L))) {
            used++;
        }
        live++;
    }

    /** Removes the entry of this position (which must be present). */
    void remove(int hash, int position) {
        slots[slotOf(hash, position)] = REMOVED;
        live--;
    }

    /** Moves an entry to another position (the table compacts its positions). */
    void move(int hash, int from, int to) {
        slots[slotOf(hash, from)] = (long) hash << 32 | (to + 1L);
    }

    private int slotOf(int hash, int position) {
        int mask = slots.length - 1;
        long wanted = (long) hash << 32 | (position + 1L);
        for (int i = hash & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (slots[i] == wanted) {
                return i;
            }
        }
        throw new IllegalStateException("position " + position + " is not in the index");
    }

    /** Sized so that the live entries fill at most half of it; tombstones are dropped. */
    private void rebuild() {
        int capacity = 16;
        while (capacity < (live + 1) * 2) {
            capacity <<= 1;
        }
        long[] fresh = new long[capacity];
        for (long s : slots) {
            if (s != EMPTY && s != REMOVED) {
                place(fresh, s);
            }
        }
        slots = fresh;
        used = live;
    }

    /** Puts a slot value in the first free or removed slot of its probe run; true when that slot was empty. */
    private static boolean place(long[] into, long value) {
        int mask = into.length - 1;
        for (int i = (int) (value >>> 32) & mask; ; i = (i + 1) & mask) {
            if (into[i] == EMPTY || into[i] == REMOVED) {
                boolean wasEmpty = into[i] == EMPTY;
                into[i] = value;
                return wasEmpty;
            }
        }
    }
}
