package org.atomic2dynamics.emulator.protection;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.atomic2dynamics.emulator.ServiceLimits;
import org.atomic2dynamics.emulator.api.ApiDispatcher;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.http.ApiResponse;

/**
 * Service protection limits per user (api-limits.md): requests and combined execution time in a sliding
 * window, and concurrent requests. A request over a limit is answered 429 with Retry-After (whole
 * seconds) and the limit's code; it is not executed and does not count.
 */
public final class ServiceProtection {
    private final ServiceLimits limits;
    private final Clock clock;
    private final Map<UUID, UserWindow> users = new ConcurrentHashMap<>();

    public ServiceProtection(ServiceLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Admits a request (and counts it as running), or answers why not. */
    public Optional<ApiResponse> admit(UUID user) {
        UserWindow w = users.computeIfAbsent(user, u -> new UserWindow());
        long now = clock.millis();
        long window = limits.window().toMillis();
        synchronized (w) {
            w.expire(now, window);
            if (w.inFlight() >= limits.concurrent()) {
                return Optional.of(throttle("0x80072326", "Number of concurrent requests exceeded the limit of "
                        + limits.concurrent() + ".", 1));
            }
            if (w.requests() >= limits.requests()) {
                return Optional.of(throttle("0x80072322", "Number of requests exceeded the limit of " + limits.requests()
                        + " over time window of " + limits.window().toSeconds() + " seconds.",
                        w.secondsUntilOldestExpires(now, window)));
            }
            if (w.executionMillis() >= limits.executionTimeMillis()) {
                return Optional.of(throttle("0x80072321", "Combined execution time of incoming requests exceeded limit "
                        + "of " + NumberFormat.getIntegerInstance(Locale.US).format(limits.executionTimeMillis())
                        + " milliseconds over time window of " + limits.window().toSeconds() + " seconds. Decrease number "
                        + "of concurrent requests or reduce the duration of requests and try again later.",
                        w.secondsUntilExecutionBelow(limits.executionTimeMillis(), now, window)));
            }
            w.begin();
        }
        return Optional.empty();
    }

    /** Records an admitted request's execution time once it is done. */
    public void done(UUID user, long startMillis, long executionMillis) {
        UserWindow w = users.get(user);
        if (w != null) {
            w.end(startMillis, executionMillis);
        }
    }

    static ApiResponse throttle(String code, String message, long retryAfterSeconds) {
        return ApiDispatcher.error(new DataverseException(429, code, message))
                .header("Retry-After", String.valueOf(retryAfterSeconds));
    }

    public void reset() {
        users.clear();
    }
}
