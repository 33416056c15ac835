package org.atomic2dynamics.dataverse.client.throttle;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of one client (all application users together); {@link #snapshot()} is what a report shows. */
public final class ClientStats {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong serverBusy = new AtomicLong();
    private final AtomicLong noAnswer = new AtomicLong();
    private final AtomicLong waitedMillis = new AtomicLong();
    private final AtomicLong splits = new AtomicLong();

    void request() {
        requests.incrementAndGet();
    }

    void retry(long waitMillis) {
        retries.incrementAndGet();
        waitedMillis.addAndGet(waitMillis);
    }

    void throttled() {
        throttled.incrementAndGet();
    }

    void serverBusy() {
        serverBusy.incrementAndGet();
    }

    void noAnswer() {
        noAnswer.incrementAndGet();
    }

    /** A part of a $batch that failed transiently is sent again on its own. */
    public void resent() {
        retries.incrementAndGet();
    }

    /** A failed bulk request was split in two to isolate bad records. */
    public void split() {
        splits.incrementAndGet();
    }

    public ClientStatistics snapshot() {
        return new ClientStatistics(requests.get(), retries.get(), throttled.get(), serverBusy.get(), noAnswer.get(),
                waitedMillis.get(), splits.get());
    }
}
