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
 * One application user: its token and its own limits (an {@link AdaptiveLimiter}). {@link #attempt} sends a
 * call once (renewing the token once on 401) and tells the limiter what the answer says about load; the
 * retry loop is the {@link ChannelPool}'s, so a retry can go out as another, unthrottled user.
 */
public final class Channel {
    private final String label;
    private final TokenProvider tokens;
    private final Transport transport;
    private final ErrorParser errors;
    private final AdaptiveLimiter limiter;

    /** The answer, or the failure and how long to wait before trying again. */
    record Attempt(HttpAnswer answer, DataverseException failure, Duration delay) {
    }

    public Channel(String label, TokenProvider tokens, Transport transport, ErrorParser errors, AdaptiveLimiter limiter) {
        this.label = label;
        this.tokens = tokens;
        this.transport = transport;
        this.errors = errors;
        this.limiter = limiter;
    }

    public String label() {
        return label;
    }

    public AdaptiveLimiter limiter() {
        return limiter;
    }

    Attempt attempt(HttpCall call, RetryPolicy policy, int attempt, ClientStats stats) {
        DataverseException failure = null;
        for (int round = 0; round < 2; round++) {
            long permit = acquire(call);
            try {
                stats.request();
                HttpAnswer answer = transport.send(call, tokens.token());
                if (answer.isSuccess() || answer.status() == 304) {
                    limiter.releaseClean(permit);
                    return new Attempt(answer, null, Duration.ZERO);
                }
                failure = errors.parse(call.toString(), answer);
            } catch (DataverseException e) {
                failure = e;
            } catch (RuntimeException e) {
                limiter.releaseNeutral(permit);
                throw e;
            }
            if (failure.httpStatus() != 401 || round == 1) {
                return new Attempt(null, failure, settle(permit, failure, policy, attempt, stats));
            }
            limiter.releaseNeutral(permit);
            tokens.invalidate(); // an expired or revoked token: fetch a new one and try once more
        }
        throw failure;
    }

    /** Hands the permit back according to what the failure says about load; returns the wait before a retry. */
    private Duration settle(long permit, DataverseException failure, RetryPolicy policy, int attempt, ClientStats stats) {
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
}
