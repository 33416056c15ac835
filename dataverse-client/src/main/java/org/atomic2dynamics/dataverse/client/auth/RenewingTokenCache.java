package org.atomic2dynamics.dataverse.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Holds one token and fetches a new one when the cached one is within the renewal margin of expiry, so a
 * long migration never sends an expired token. Thread-safe: one fetch at a time.
 */
final class RenewingTokenCache {
    private final Supplier<AccessToken> fetch;
    private final Duration margin;
    private final Clock clock;
    private AccessToken current;

    RenewingTokenCache(Supplier<AccessToken> fetch, Duration margin, Clock clock) {
        this.fetch = fetch;
        this.margin = margin;
        this.clock = clock;
    }

    synchronized AccessToken get() {
        if (current == null || current.expiresWithin(margin, clock.instant())) {
            current = fetch.get();
        }
        return current;
    }

    synchronized void invalidate() {
        current = null;
    }
}
