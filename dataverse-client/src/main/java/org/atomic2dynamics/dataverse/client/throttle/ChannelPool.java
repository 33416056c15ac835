package org.atomic2dynamics.dataverse.client.throttle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.http.HttpAnswer;
import org.atomic2dynamics.dataverse.client.http.HttpCall;

/**
 * Several application users used in parallel, each with its own limits, and the retry loop. Every attempt
 * goes to the user with the most free room right now (a throttled user has none until its Retry-After
 * passes; ties rotate), so a 429 for one user moves the work to the others. Transient failures are retried
 * per the {@link RetryPolicy}; anything else is thrown.
 */
public final class ChannelPool {
    private final List<Channel> channels;
    private final RetryPolicy policy;
    private final ClientStats stats;
    private final AtomicInteger next = new AtomicInteger();

    public ChannelPool(List<Channel> channels, RetryPolicy policy, ClientStats stats) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("at least one application user");
        }
        this.channels = List.copyOf(channels);
        this.policy = policy;
        this.stats = stats;
    }

    public List<Channel> channels() {
        return channels;
    }

    /** Sends until a 2xx/304 answer comes back, or throws the last error. */
    public HttpAnswer send(HttpCall call) {
        return send(call, null);
    }

    /** Sends as one given user (WhoAmI of each user); null lets the pool choose. */
    public HttpAnswer send(HttpCall call, Channel only) {
        for (int attempt = 1; ; attempt++) {
            Channel channel = only != null ? only : pick();
            Channel.Attempt result = channel.attempt(call, policy, attempt, stats);
            if (result.answer() != null) {
                return result.answer();
            }
            if (!result.failure().retriable() || attempt >= policy.maxAttempts()) {
                throw result.failure();
            }
            stats.retry(result.delay().toMillis());
            if (!result.failure().throttled()) {
                sleep(result.delay(), call);
            }
        }
    }

    /** The sum of the users' current limits: how many requests may be in flight at once. */
    public int capacity() {
        return channels.stream().mapToInt(c -> c.limiter().limit()).sum();
    }

    Channel pick() {
        int start = Math.floorMod(next.getAndIncrement(), channels.size());
        Channel best = channels.get(start);
        int bestRoom = best.limiter().headroom();
        for (int i = 1; i < channels.size(); i++) {
            Channel c = channels.get((start + i) % channels.size());
            int room = c.limiter().headroom();
            if (room > bestRoom) {
                best = c;
                bestRoom = room;
            }
        }
        return best;
    }

    private static void sleep(Duration wait, HttpCall call) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(ErrorCode.INTERRUPTED, "interrupted while waiting to retry " + call,
                    "run again to resume");
        }
    }
}
