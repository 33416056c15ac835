package org.atomic2dynamics.emulator;

import java.time.Duration;

/**
 * Service protection limits per user (api-limits.md): requests and combined execution time in a sliding
 * window, and concurrent requests. {@link #real()} are the documented defaults.
 */
public record ServiceLimits(int requests, long executionTimeMillis, int concurrent, Duration window) {

    public ServiceLimits {
        if (requests < 1 || executionTimeMillis < 1 || concurrent < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("service limits must be positive");
        }
    }

    public static ServiceLimits real() {
        return new ServiceLimits(6000, 1_200_000L, 52, Duration.ofSeconds(300));
    }
}
