package org.atomic2dynamics.emulator.protection;

import java.util.Optional;
import java.util.Random;
import org.atomic2dynamics.emulator.FaultSettings;
import org.atomic2dynamics.emulator.api.ApiDispatcher;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Outcome;

/**
 * Injected failures, drawn from one seeded random sequence so a run can be replayed: throttling (429),
 * service unavailable (503), SQL deadlock (500 0x80044150), SQL timeout (500 0x80044151) and a dropped
 * connection. A faulted request is not executed.
 */
public final class Faults {
    private final FaultSettings settings;
    private final Random random;

    public Faults(FaultSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    public Optional<Outcome> draw() {
        if (!settings.any()) {
            return Optional.empty();
        }
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        double edge = settings.throttle();
        if (r < edge) {
            return answer(ServiceProtection.throttle("0x80072322", "Number of requests exceeded the limit of 6000 over "
                    + "time window of 300 seconds.", 1));
        }
        edge += settings.unavailable();
        if (r < edge) {
            return answer(ApiDispatcher.error(new DataverseException(503, "0x80040216",
                    "The service is temporarily unavailable. Please try again later.")).header("Retry-After", "1"));
        }
        edge += settings.deadlock();
        if (r < edge) {
            return answer(ApiDispatcher.error(new DataverseException(500, "0x80044150", "Generic SQL error. Transaction "
                    + "was deadlocked on lock resources with another process and has been chosen as the deadlock victim. "
                    + "Rerun the transaction.")));
        }
        edge += settings.timeout();
        if (r < edge) {
            return answer(ApiDispatcher.error(new DataverseException(500, "0x80044151", "SQL timeout expired.")));
        }
        edge += settings.connectionReset();
        return r < edge ? Optional.of(Outcome.reset()) : Optional.empty();
    }

    private static Optional<Outcome> answer(ApiResponse response) {
        return Optional.of(Outcome.answer(response));
    }
}
