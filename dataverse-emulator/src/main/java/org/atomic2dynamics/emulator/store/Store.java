package org.atomic2dynamics.emulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * All records of all tables. Writes run one unit at a time under the write lock and are rolled back
 * whole when the unit throws; reads share the read lock. Row versions come from one counter, like SQL's
 * rowversion, and are the records' etags.
 */
public final class Store {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, TableData> tables = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong(1_000_000L);
    private final AtomicLong recordsWritten = new AtomicLong();
    private final ThreadLocal<long[]> writtenByThread = ThreadLocal.withInitial(() -> new long[1]);

    TableData data(String table) {
        return tables.computeIfAbsent(table, TableData::new);
    }

    long nextVersion() {
        return version.incrementAndGet();
    }

    public long currentVersion() {
        return version.get();
    }

    /** Restores the version counter after a reload, so etags keep growing. */
    public void advanceVersion(long atLeast) {
        version.accumulateAndGet(atLeast, Math::max);
    }

    public <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs one atomic unit of writes: all of it is kept, or (when it throws) none of it. */
    public <T> T write(Function<Tx, T> work) {
        lock.writeLock().lock();
        Tx tx = new Tx(this);
        try {
            T result = work.apply(tx);
            recordsWritten.addAndGet(tx.written());
            writtenByThread.get()[0] += tx.written();
            return result;
        } catch (RuntimeException | Error e) {
            tx.rollback();
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Optional<Record> get(String table, UUID id) {
        return read(() -> {
            TableData d = data(table);
            Row row = d.get(id);
            return row == null ? Optional.<Record>empty() : Optional.of(new Record(d, id, row));
        });
    }

    /** Every record of a table that matches, in creation order. */
    public List<Record> scan(String table, Predicate<Record> filter) {
        return read(() -> {
            TableData d = data(table);
            List<Record> out = new ArrayList<>();
            for (Map.Entry<UUID, Row> e : d.entries()) {
                Record r = new Record(d, e.getKey(), e.getValue());
                if (filter.test(r)) {
                    out.add(r);
                }
            }
            return out;
        });
    }

    public int count(String table) {
        return read(() -> data(table).size());
    }

    public Optional<Record> findByKey(String table, String keyName, List<Object> tuple) {
        return read(() -> {
            UUID id = data(table).findByKey(keyName, tuple);
            return id == null ? Optional.<Record>empty() : get(table, id);
        });
    }

    /**
     * Builds the unique index of an alternate key that becomes active. Returns false (and builds nothing)
     * when existing records already clash, as the real index job fails then.
     */
    public boolean activateKey(String table, String keyName, List<String> columns) {
        lock.writeLock().lock();
        try {
            TableData d = data(table);
            KeyIndex probe = new KeyIndex(keyName, columns);
            for (Map.Entry<UUID, Row> e : d.entries()) {
                List<Object> t = d.tuple(probe, e.getValue());
                if (!t.contains(null) && probe.find(t) != null) {
                    return false;
                }
                probe.add(t, e.getKey());
            }
            probe.clear();
            d.addIndex(probe);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Records this thread's committed units wrote since the last call (what a request is charged for). */
    public long takeWrittenByThisThread() {
        long[] n = writtenByThread.get();
        long v = n[0];
        n[0] = 0;
        return v;
    }

    public long recordsWritten() {
        return recordsWritten.get();
    }

    public List<String> tables() {
        return List.copyOf(tables.keySet());
    }

    /** The records of every table now (cheap: rows are shared). */
    public Snapshot snapshot() {
        return read(() -> {
            Map<String, Map<UUID, Row>> copy = new java.util.LinkedHashMap<>();
            tables.forEach((name, d) -> copy.put(name, d.copyRows()));
            return new Snapshot(copy);
        });
    }

    /** What changed between a snapshot and now. */
    public Snapshot.Diff diff(Snapshot before) {
        return Snapshot.diff(before, snapshot());
    }

    /** Puts every table back as it was in the snapshot. */
    public void restore(Snapshot snapshot) {
        write(tx -> {
            tables.values().forEach(TableData::clear);
            snapshot.tables().forEach((name, rows) -> rows.forEach((id, row) -> data(name).restore(id, row)));
            return null;
        });
    }

    /** Stores a record as it was saved (its version included), without checks; used to reload state. */
    public void load(String table, UUID id, Map<String, Object> values, long rowVersion) {
        write(tx -> {
            TableData d = data(table);
            d.restore(id, Row.empty().with(d, values, rowVersion));
            advanceVersion(rowVersion);
            return null;
        });
    }

    /** Every record of a table: id, row version and values; for saving state. */
    public void forEach(String table, RecordVisitor visitor) {
        read(() -> {
            TableData d = data(table);
            for (Map.Entry<UUID, Row> e : d.entries()) {
                visitor.visit(e.getKey(), e.getValue().version(), d.values(e.getValue()));
            }
            return null;
        });
    }

    /** Receives stored records one by one. */
    @FunctionalInterface
    public interface RecordVisitor {
        void visit(UUID id, long version, Map<String, Object> values);
    }

    /** Removes every record and every key index; used by reset. */
    public void clear() {
        lock.writeLock().lock();
        try {
            tables.values().forEach(TableData::clear);
            tables.values().forEach(TableData::dropIndexes);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
