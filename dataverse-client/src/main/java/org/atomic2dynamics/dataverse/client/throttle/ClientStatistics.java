package org.atomic2dynamics.dataverse.client.throttle;

/**
 * What the client did, for the run report.
 *
 * @param requests     HTTP requests sent, retries included ($batch and bulk count as one)
 * @param retries      requests sent again after a transient failure
 * @param throttled    429 answers (service protection limits)
 * @param serverBusy   502/503/504 answers and SQL deadlock/timeout errors
 * @param noAnswer     connection resets, refused connections and timeouts
 * @param waitedMillis time spent waiting before retries (Retry-After and backoff)
 * @param splits       failed bulk requests split in two to isolate bad records
 */
public record ClientStatistics(long requests, long retries, long throttled, long serverBusy, long noAnswer,
        long waitedMillis, long splits) {

    /** The difference between this snapshot and an earlier one. */
    public ClientStatistics minus(ClientStatistics earlier) {
        return new ClientStatistics(requests - earlier.requests, retries - earlier.retries,
                throttled - earlier.throttled, serverBusy - earlier.serverBusy, noAnswer - earlier.noAnswer,
                waitedMillis - earlier.waitedMillis, splits - earlier.splits);
    }

    public String toText() {
        return requests + " requests, " + retries + " retries (" + throttled + " throttled, " + serverBusy
                + " server busy, " + noAnswer + " without answer), " + waitedMillis + " ms waited, " + splits + " splits";
    }
}
