package org.atomic2dynamics.dataverse.client.throttle;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.atomic2dynamics.dataverse.client.http.HttpAnswer;
import org.atomic2dynamics.dataverse.client.http.HttpCall;

/**
 * Several application users used in parallel, each with its own limits: every call goes to the user with
 * the most free room right now (a throttled user has none until its Retry-After passes); ties rotate.
 */
public final class ChannelPool {
    private final List<Channel> channels;
    private final AtomicInteger next = new AtomicInteger();

    public ChannelPool(List<Channel> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("at least one application user");
        }
        this.channels = List.copyOf(channels);
    }

    public List<Channel> channels() {
        return channels;
    }

    public HttpAnswer send(HttpCall call) {
        return pick().send(call);
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
}
