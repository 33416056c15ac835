package org.atomic2dynamics.dataverse.client.throttle;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Requests in flight for one application user, AIMD style: the limit grows by one after a limit's worth of
 * clean answers and halves on throttling. All requests of the user pause until Retry-After has passed,
 * because Dataverse counts limits per user. A burst of 429s from requests sent under the same limit halves
 * it once, not once per request (each permit remembers the generation it was issued in).
 */
public final class AdaptiveLimiter {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final int max;
    private int limit;
    private int inFlight;
    private int cleanSinceChange;
    private long generation;
    private long pausedUntilNanos = System.nanoTime();

    public AdaptiveLimiter(int initial, int max) {
        this.max = Math.max(1, max);
        this.limit = Math.max(1, Math.min(initial, this.max));
    }

    /** Blocks until a request may go out; returns the permit to hand back to one of the release methods. */
    public long acquire() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                long wait = pausedUntilNanos - System.nanoTime();
                if (wait <= 0 && inFlight < limit) {
                    inFlight++;
                    return generation;
                }
                if (wait > 0) {
                    changed.awaitNanos(wait);
                } else {
                    changed.await(1, TimeUnit.SECONDS);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    public void releaseClean(long permit) {
        release(() -> {
            if (++cleanSinceChange >= limit && limit < max) {
                limit++;
                cleanSinceChange = 0;
            }
        });
    }

    /** The service said 429 (pause for retryAfter) or is overloaded (retryAfter may be zero). */
    public void releaseCongested(long permit, Duration retryAfter) {
        release(() -> {
            if (permit == generation) {
                limit = Math.max(1, limit / 2);
                generation++;
                cleanSinceChange = 0;
            }
            pausedUntilNanos = Math.max(pausedUntilNanos, System.nanoTime() + retryAfter.toNanos());
        });
    }

    /** A response that says nothing about load (a 4xx for bad data). */
    public void releaseNeutral(long permit) {
        release(() -> { });
    }

    /** Sets the starting limit from the server's x-ms-dop-hint. */
    public void startAt(int hint) {
        locked(() -> limit = Math.max(1, Math.min(hint, max)));
    }

    public int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    /** Free permits now (negative never); a paused user counts as having none. */
    public int headroom() {
        lock.lock();
        try {
            return System.nanoTime() < pausedUntilNanos ? -1 : limit - inFlight;
        } finally {
            lock.unlock();
        }
    }

    private void release(Runnable change) {
        locked(() -> {
            inFlight--;
            change.run();
        });
    }

    private void locked(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
