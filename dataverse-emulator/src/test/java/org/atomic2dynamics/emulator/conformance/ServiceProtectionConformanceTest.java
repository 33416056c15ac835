package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.FaultSettings;
import org.atomic2dynamics.emulator.ServiceLimits;
import org.junit.jupiter.api.Test;

/** DATAVERSE.md §4.1 and §9 item 10: 429 with Retry-After and the three codes; injected faults. */
class ServiceProtectionConformanceTest {

    private static Emulator start(ServiceLimits limits, Duration latency, Duration cost, FaultSettings faults) {
        return Emulator.start(EmulatorSettings.defaults().withLimits(limits).withLatency(latency)
                .withPerRecordCost(cost).withFaults(faults));
    }

    @Test
    void theRequestCountLimitAnswers429WithRetryAfter() {
        try (Emulator e = start(new ServiceLimits(3, 1_200_000, 52, Duration.ofSeconds(60)), Duration.ZERO, Duration.ZERO,
                FaultSettings.none())) {
            Http http = new Http(e);
            for (int i = 0; i < 3; i++) {
                assertThat(http.get("WhoAmI").status()).isEqualTo(200);
            }
            Http.Reply r = http.get("WhoAmI");
            assertThat(r.status()).isEqualTo(429);
            assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 60);
            assertThat(r.errorCode()).isEqualTo("0x80072322");
            assertThat(r.errorMessage()).isEqualTo("Number of requests exceeded the limit of 3 over time window of 60 seconds.");
            assertThat(r.header("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void theExecutionTimeLimitCountsTheCostOfRecordsWritten() {
        try (Emulator e = start(new ServiceLimits(6000, 100, 52, Duration.ofSeconds(60)), Duration.ZERO,
                Duration.ofMillis(60), FaultSettings.none())) {
            Http http = new Http(e);
            assertThat(http.post("accounts", "{\"name\":\"a\"}").status()).isEqualTo(204);
            assertThat(http.post("accounts", "{\"name\":\"b\"}").status()).isEqualTo(204);
            Http.Reply r = http.post("accounts", "{\"name\":\"c\"}");
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.errorCode()).isEqualTo("0x80072321");
            assertThat(r.errorMessage()).startsWith("Combined execution time of incoming requests exceeded limit of 100 milliseconds");
            assertThat(r.header("Retry-After")).matches("\\d+");
        }
    }

    @Test
    void tooManyConcurrentRequestsAreRefusedAtOnce() throws Exception {
        try (Emulator e = start(new ServiceLimits(6000, 1_200_000, 2, Duration.ofSeconds(60)), Duration.ofMillis(400),
                Duration.ZERO, FaultSettings.none())) {
            Http http = new Http(e);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            try {
                List<Future<Http.Reply>> replies = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    replies.add(pool.submit(() -> http.get("WhoAmI")));
                }
                List<String> codes = new ArrayList<>();
                for (Future<Http.Reply> f : replies) {
                    Http.Reply r = f.get();
                    codes.add(r.status() == 429 ? r.errorCode() : String.valueOf(r.status()));
                }
                assertThat(codes).contains("0x80072326").contains("200");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void injectedFaultsAnswerWithTheRealCodes() {
        try (Emulator e = start(ServiceLimits.real(), Duration.ZERO, Duration.ZERO, new FaultSettings(0, 0, 1, 0, 0, 7))) {
            Http.Reply r = new Http(e).get("WhoAmI");
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.errorCode()).isEqualTo("0x80044150");
        }
        try (Emulator e = start(ServiceLimits.real(), Duration.ZERO, Duration.ZERO, new FaultSettings(0, 1, 0, 0, 0, 7))) {
            assertThat(new Http(e).get("WhoAmI").status()).isEqualTo(503);
        }
        try (Emulator e = start(ServiceLimits.real(), Duration.ZERO, Duration.ZERO, new FaultSettings(0, 0, 0, 0, 1, 7))) {
            assertThatThrownBy(() -> new Http(e).get("WhoAmI")).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void aSeedReplaysTheSameFaults() {
        FaultSettings half = new FaultSettings(0.5, 0, 0, 0, 0, 1234);
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (List<Integer> run : List.of(first, second)) {
            try (Emulator e = start(ServiceLimits.real(), Duration.ZERO, Duration.ZERO, half)) {
                Http http = new Http(e);
                for (int i = 0; i < 20; i++) {
                    run.add(http.get("WhoAmI").status());
                }
            }
        }
        assertThat(first).isEqualTo(second).contains(200, 429);
    }
}
