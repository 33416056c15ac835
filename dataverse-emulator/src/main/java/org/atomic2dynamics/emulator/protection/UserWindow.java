package org.atomic2dynamics.emulator.protection;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One user's sliding window: when each admitted request started and how long it ran, and how many run
 * right now. Guarded by its own monitor.
 */
final class UserWindow {
    private record Entry(long startMillis, long executionMillis) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private long executionSum;
    private int inFlight;

    synchronized void expire(long now, long windowMillis) {
        while (!entries.isEmpty() && entries.peekFirst().startMillis() <= now - windowMillis) {
            executionSum -= entries.pollFirst().executionMillis();
        }
    }

    synchronized int requests() {
        return entries.size();
    }

    synchronized long executionMillis() {
        return executionSum;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    /** Seconds until the oldest request leaves the window (at least 1). */
    synchronized long secondsUntilOldestExpires(long now, long windowMillis) {
        long oldest = entries.isEmpty() ? now : entries.peekFirst().startMillis();
        return Math.max(1, (oldest + windowMillis - now + 999) / 1000);
    }

    /** Seconds until enough execution time has left the window to be under the limit again. */
    synchronized long secondsUntilExecutionBelow(long limit, long now, long windowMillis) {
        long sum = executionSum;
        for (Entry e : entries) {
            if (sum < limit) {
                return Math.max(1, (e.startMillis() + windowMillis - now + 999) / 1000);
            }
            sum -= e.executionMillis();
        }
        return Math.max(1, windowMillis / 1000);
    }

    synchronized void begin() {
        inFlight++;
    }

    synchronized void end(long startMillis, long executionMillis) {
        inFlight--;
        entries.addLast(new Entry(startMillis, executionMillis));
        executionSum += executionMillis;
    }

    synchronized void abandon() {
        inFlight--;
    }
}
