package org.atomic2dynamics.dataverse.client.throttle;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to wait before resending a call that failed transiently. 429 waits what
 * Retry-After says (or the backoff when absent); everything else waits an exponential backoff with full
 * jitter, so parallel workers do not retry in lockstep.
 *
 * @param maxAttempts attempts per call including the first
 * @param baseDelay   first backoff step
 * @param maxDelay    ceiling of one backoff step
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static RetryPolicy standard() {
        return new RetryPolicy(12, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed attempts (1-based). */
    public Duration backoff(int attempt) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
