package org.atomic2dynamics.dataverse.client.throttle;

import java.time.Duration;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.auth.TokenProvider;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.ErrorParser;
import org.atomic2dynamics.dataverse.client.http.HttpAnswer;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.http.Transport;

/**
 * The requests of one application user: its token, its own limits (an {@link AdaptiveLimiter}) and the
 * retry loop. A 401 renews the token once; transient failures are retried per the {@link RetryPolicy};
 * anything else is thrown as a {@link DataverseException}.
 */
public final class Channel {
    private final String label;
    private final TokenProvider tokens;
    private final Transport transport;
    private final ErrorParser errors;
    private final AdaptiveLimiter limiter;
    private final RetryPolicy policy;
    private final ClientStats stats;

    public Channel(String label, TokenProvider tokens, Transport transport, ErrorParser errors,
            AdaptiveLimiter limiter, RetryPolicy policy, ClientStats stats) {
        this.label = label;
        this.tokens = tokens;
        this.transport = transport;
        this.errors = errors;
        this.limiter = limiter;
        this.policy = policy;
        this.stats = stats;
    }

    public String label() {
        return label;
    }

    public AdaptiveLimiter limiter() {
        return limiter;
    }

    /** Sends until a 2xx/304 answer comes back, or throws the last error. */
    public HttpAnswer send(HttpCall call) {
        boolean renewed = false;
        for (int attempt = 1; ; attempt++) {
            long permit = acquire(call);
            DataverseException failure;
            try {
                stats.request();
                HttpAnswer answer = transport.send(call, tokens.token());
                if (answer.isSuccess() || answer.status() == 304) {
                    limiter.releaseClean(permit);
                    return answer;
                }
                failure = errors.parse(call.toString(), answer);
            } catch (DataverseException e) {
                failure = e;
            } catch (RuntimeException e) {
                limiter.releaseNeutral(permit);
                throw e;
            }
            if (failure.httpStatus() == 401 && !renewed) {
                limiter.releaseNeutral(permit);
                tokens.invalidate();
                renewed = true;
                continue;
            }
            Duration wait = settle(permit, failure, attempt);
            if (!failure.retriable() || attempt >= policy.maxAttempts()) {
                throw failure;
            }
            stats.retry(wait.toMillis());
            if (!failure.throttled()) {
                sleep(wait, call);
            }
        }
    }

    /** Hands the permit back according to what the failure says about load; returns the wait before a retry
     * (for 429 the limiter does the waiting). */
    private Duration settle(long permit, DataverseException failure, int attempt) {
        if (failure.throttled()) {
            stats.throttled();
            Duration wait = failure.retryAfter().orElseGet(() -> policy.backoff(attempt));
            limiter.releaseCongested(permit, wait); // holds every request of this user until Retry-After
            return wait;
        }
        if (!failure.retriable()) {
            limiter.releaseNeutral(permit);
            return Duration.ZERO;
        }
        if (failure.httpStatus() == 0) {
            stats.noAnswer();
        } else {
            stats.serverBusy();
        }
        limiter.releaseCongested(permit, Duration.ZERO);
        return failure.retryAfter().orElseGet(() -> policy.backoff(attempt));
    }

    private long acquire(HttpCall call) {
        try {
            return limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(ErrorCode.INTERRUPTED, "interrupted before " + call, "run again to resume");
        }
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
