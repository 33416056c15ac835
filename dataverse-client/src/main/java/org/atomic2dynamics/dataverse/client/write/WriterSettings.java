package org.atomic2dynamics.dataverse.client.write;

/**
 * @param method     how records travel
 * @param bulkSize   records per CreateMultiple/UpsertMultiple/UpdateMultiple request
 * @param batchSize  requests per $batch (small batches in parallel beat big ones)
 * @param maxThreads worker threads of one write call (the adaptive limiter decides what is in flight)
 */
public record WriterSettings(WriteMethod method, int bulkSize, int batchSize, int maxThreads) {

    public WriterSettings {
        if (bulkSize < 1 || batchSize < 1 || batchSize > 1000 || maxThreads < 1) {
            throw new IllegalArgumentException("bulk size ≥ 1, batch size 1..1000 and threads ≥ 1");
        }
    }

    public static WriterSettings defaults() {
        return new WriterSettings(WriteMethod.AUTO, 200, 50, 64);
    }

    public WriterSettings with(WriteMethod m) {
        return new WriterSettings(m, bulkSize, batchSize, maxThreads);
    }

    public WriterSettings withSizes(int bulk, int batch) {
        return new WriterSettings(method, bulk, batch, maxThreads);
    }
}
