package org.atomic2dynamics.dataverse.client.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.read.RecordReader;

/**
 * The write API: records of one table in, one outcome per record out (created, updated, rejected with the
 * server's reason, or failed after every retry). Chunks go out in parallel; the client's adaptive limiter
 * decides how many requests are really in flight. An authentication failure stops the whole write.
 */
public final class RecordWriter {
    private final DataverseClient client;
    private final TableNames tables;
    private final WriterSettings settings;
    private final SingleRequests single;
    private final BulkWriter bulk;
    private final BatchWriter batch;
    private final BulkSupport support;

    public RecordWriter(DataverseClient client, TableNames tables, WriterSettings settings) {
        this.client = client;
        this.tables = tables;
        this.settings = settings;
        RecordJson json = new RecordJson(client.json());
        this.single = new SingleRequests(client, tables, new WriteCalls(tables, json));
        this.batch = new BatchWriter(client, single);
        this.support = new BulkSupport(client);
        this.bulk = new BulkWriter(client, tables, json, new RecordReader(client, tables), batch, support);
    }

    public WriteResult write(String table, List<TargetRecord> records, WriteMode mode) {
        check(table, records);
        WriteMethod method = methodFor(table, mode);
        int size = method == WriteMethod.BULK ? settings.bulkSize() : method == WriteMethod.BATCH ? settings.batchSize() : 1;
        List<List<TargetRecord>> chunks = new ArrayList<>();
        for (int from = 0; from < records.size(); from += size) {
            chunks.add(records.subList(from, Math.min(records.size(), from + size)));
        }
        WriteOutcome[] outcomes = new WriteOutcome[records.size()];
        run(chunks, chunk -> writeChunk(method, table, mode, chunk), outcomes);
        return new WriteResult(Arrays.asList(outcomes));
    }

    /** Deletes one record; false when it was already gone. */
    public boolean delete(String table, UUID id) {
        return single.delete(table, id);
    }

    /** What {@link #write} will use for this table: AUTO resolves to BULK or BATCH by the probe. */
    public WriteMethod methodFor(String table, WriteMode mode) {
        if (settings.method() != WriteMethod.AUTO) {
            return settings.method();
        }
        return support.supports(table, BulkSupport.messageFor(mode)) ? WriteMethod.BULK : WriteMethod.BATCH;
    }

    private List<WriteOutcome> writeChunk(WriteMethod method, String table, WriteMode mode, List<TargetRecord> chunk) {
        switch (method) {
            case BULK:
                return bulk.write(table, mode, chunk);
            case BATCH:
                return batch.write(mode, chunk);
            default:
                return List.of(single.write(chunk.get(0), mode));
        }
    }

    private interface ChunkTask {
        List<WriteOutcome> write(List<TargetRecord> chunk);
    }

    private void run(List<List<TargetRecord>> chunks, ChunkTask task, WriteOutcome[] outcomes) {
        int threads = Math.max(1, Math.min(chunks.size(), settings.maxThreads()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dataverse-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<WriteOutcome>>> futures = new ArrayList<>();
            for (List<TargetRecord> chunk : chunks) {
                futures.add(pool.submit(() -> task.write(chunk)));
            }
            int at = 0;
            for (Future<List<WriteOutcome>> f : futures) {
                for (WriteOutcome o : f.get()) {
                    outcomes[at++] = o;
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                    : new MigrationException(ErrorCode.INTERNAL, "a write failed: " + e.getCause(), "run with --verbose");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(ErrorCode.INTERRUPTED, "interrupted while writing", "run again to resume");
        } finally {
            pool.shutdownNow();
        }
    }

    private void check(String table, List<TargetRecord> records) {
        tables.of(table);
        Set<UUID> seen = new HashSet<>();
        for (TargetRecord r : records) {
            if (!r.table().equals(table)) {
                throw new IllegalArgumentException("record " + r.id() + " is a " + r.table() + ", not a " + table);
            }
            if (!seen.add(r.id())) {
                throw new IllegalArgumentException("record " + r.id() + " is given twice in one write");
            }
        }
    }
}
