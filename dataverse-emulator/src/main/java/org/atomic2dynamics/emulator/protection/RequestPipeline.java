package org.atomic2dynamics.emulator.protection;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.atomic2dynamics.emulator.admin.Counters;
import org.atomic2dynamics.emulator.api.ApiDispatcher;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Outcome;
import org.atomic2dynamics.emulator.store.Store;

/**
 * Every authenticated Web API request passes here: counted, checked against the service protection
 * limits, maybe failed on purpose, delayed by the configured latency, executed, and charged the
 * configured cost per record it wrote (slept outside any lock, and counted as execution time).
 */
public final class RequestPipeline {
    private final ApiDispatcher dispatcher;
    private final Counters counters;
    private final ServiceProtection protection;
    private final Faults faults;
    private final Store store;
    private final Duration latency;
    private final Duration perRecordCost;
    private final Clock clock;

    public RequestPipeline(ApiDispatcher dispatcher, Counters counters, ServiceProtection protection, Faults faults,
                           Store store, Duration latency, Duration perRecordCost, Clock clock) {
        this.dispatcher = dispatcher;
        this.counters = counters;
        this.protection = protection;
        this.faults = faults;
        this.store = store;
        this.latency = latency;
        this.perRecordCost = perRecordCost;
        this.clock = clock;
    }

    public Outcome serve(ApiRequest req) {
        counters.request();
        Optional<ApiResponse> refused = protection.admit(req.caller());
        if (refused.isPresent()) {
            counters.throttle();
            return Outcome.answer(refused.get());
        }
        long start = clock.millis();
        try {
            Optional<Outcome> fault = faults.draw();
            if (fault.isPresent()) {
                counters.fault();
                return fault.get();
            }
            sleep(latency.toNanos());
            store.takeWrittenByThisThread();
            long t0 = System.nanoTime();
            ApiResponse response = dispatcher.dispatch(req);
            counters.served(System.nanoTime() - t0);
            sleep(perRecordCost.toNanos() * store.takeWrittenByThisThread());
            return Outcome.answer(response);
        } finally {
            protection.done(req.caller(), start, clock.millis() - start);
        }
    }

    private static void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
