package org.atomic2dynamics.dataverse.client.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdaptiveLimiterTest {

    @Test
    void growsByOneAfterALimitOfCleanAnswers() throws Exception {
        AdaptiveLimiter limiter = new AdaptiveLimiter(4, 52);
        for (int i = 0; i < 4; i++) {
            limiter.releaseClean(limiter.acquire());
        }
        assertThat(limiter.limit()).isEqualTo(5);
    }

    @Test
    void aBurstOfThrottlesFromOneGenerationHalvesOnce() throws Exception {
        AdaptiveLimiter limiter = new AdaptiveLimiter(16, 52);
        long[] permits = new long[8];
        for (int i = 0; i < permits.length; i++) {
            permits[i] = limiter.acquire();
        }
        for (long p : permits) {
            limiter.releaseCongested(p, Duration.ZERO);
        }
        assertThat(limiter.limit()).isEqualTo(8);
        limiter.releaseCongested(limiter.acquire(), Duration.ZERO);
        assertThat(limiter.limit()).isEqualTo(4);
    }

    @Test
    void neverBelowOneNorAboveTheCeiling() throws Exception {
        AdaptiveLimiter limiter = new AdaptiveLimiter(100, 3);
        assertThat(limiter.limit()).isEqualTo(3);
        for (int i = 0; i < 5; i++) {
            limiter.releaseCongested(limiter.acquire(), Duration.ZERO);
        }
        assertThat(limiter.limit()).isEqualTo(1);
        limiter.startAt(0);
        assertThat(limiter.limit()).isEqualTo(1);
    }

    @Test
    void retryAfterPausesTheWholeUser() throws Exception {
        AdaptiveLimiter limiter = new AdaptiveLimiter(4, 52);
        limiter.releaseCongested(limiter.acquire(), Duration.ofMillis(300));
        assertThat(limiter.headroom()).isEqualTo(-1);
        long before = System.nanoTime();
        limiter.releaseClean(limiter.acquire());
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(limiter.headroom()).isEqualTo(limiter.limit());
    }

    @Test
    void backoffGrowsAndStaysUnderTheCeiling() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000));
        assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(policy.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(policy.backoff(30)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }
}
