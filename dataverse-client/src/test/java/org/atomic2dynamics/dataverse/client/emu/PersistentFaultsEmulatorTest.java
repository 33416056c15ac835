package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.throttle.RetryPolicy;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.FaultSettings;
import org.junit.jupiter.api.Test;

/**
 * A fault that never ends (every request deadlocks, or every connection is dropped) is retried as often as
 * the policy allows, then given up with the server's code, or as unreachable. One emulator per fault kind.
 */
class PersistentFaultsEmulatorTest {
    private static final RetryPolicy FOUR_ATTEMPTS = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(40));

    private static Emulator start(FaultSettings faults) {
        return Emulator.start(EmulatorSettings.defaults().withFaults(faults));
    }

    @Test
    void aDeadlockThatNeverClearsIsRetriedFourTimesThenGivenUpWithItsCode() {
        try (Emulator emulator = start(new FaultSettings(0, 0, 1.0, 0, 0, 1L))) {
            assertThatThrownBy(() -> EmulatorClients.connect(emulator, FOUR_ATTEMPTS))
                    .isInstanceOfSatisfying(DataverseException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(500);
                        assertThat(e.dataverseCode()).isEqualTo("0x80044150");
                        assertThat(e.retriable()).isTrue();
                        assertThat(e.code()).isEqualTo(ErrorCode.TARGET_REJECTED);
                    });
            assertThat(new EmulatorAdmin(emulator).counters().path("faults").asLong()).isEqualTo(4);
        }
    }

    @Test
    void connectionsThatAreAlwaysDroppedEndAsUnreachable() {
        try (Emulator emulator = start(new FaultSettings(0, 0, 0, 0, 1.0, 1L))) {
            assertThatThrownBy(() -> EmulatorClients.connect(emulator, FOUR_ATTEMPTS))
                    .isInstanceOfSatisfying(DataverseException.class, e -> {
                        assertThat(e.httpStatus()).isZero();
                        assertThat(e.code()).isEqualTo(ErrorCode.TARGET_UNREACHABLE);
                    });
            assertThat(new EmulatorAdmin(emulator).counters().path("faults").asLong()).isGreaterThanOrEqualTo(4);
        }
    }
}
