package org.atomic2dynamics.emulator.admin;

import java.util.concurrent.atomic.AtomicLong;

/** What tests and benchmarks read back: requests served, throttled and failed on purpose, time spent. */
public final class Counters {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttles = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    private final AtomicLong serverNanos = new AtomicLong();

    public void request() {
        requests.incrementAndGet();
    }

    public void throttle() {
        throttles.incrementAndGet();
    }

    public void fault() {
        faults.incrementAndGet();
    }

    /** Time spent executing requests (parsing, validating, storing, answering; no injected delays). */
    public void served(long nanos) {
        serverNanos.addAndGet(nanos);
    }

    public long serverNanos() {
        return serverNanos.get();
    }

    public long requests() {
        return requests.get();
    }

    public long throttles() {
        return throttles.get();
    }

    public long faults() {
        return faults.get();
    }

    public void reset() {
        requests.set(0);
        throttles.set(0);
        faults.set(0);
        serverNanos.set(0);
    }
}
