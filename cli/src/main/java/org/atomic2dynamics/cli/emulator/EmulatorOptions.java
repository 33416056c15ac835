package org.atomic2dynamics.cli.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.FaultSettings;
import org.atomic2dynamics.emulator.ServiceLimits;
import picocli.CommandLine.Option;

/**
 * The emulator's tuning options. The client secret never comes from the command line: it is read from
 * the environment variable {@value #SECRET_ENV} or a file, and otherwise the emulator's own test secret is used.
 */
public final class EmulatorOptions {
    static final String SECRET_ENV = "A2D_EMULATOR_CLIENT_SECRET";

    @Option(names = "--client-id", description = "The client id to accept. Default: the emulator's test client.")
    String clientId = EmulatorSettings.DEFAULT_CLIENT_ID;

    @Option(names = "--client-secret-file", paramLabel = "FILE", description = "Read the client secret from this file "
            + "(else from $" + SECRET_ENV + ", else the emulator's test secret).")
    Path secretFile;

    @Option(names = "--tenant", description = "Tenant id in the token URL.")
    String tenant = EmulatorSettings.DEFAULT_TENANT;

    @Option(names = "--open", description = "Accept any bearer token.")
    boolean open;

    @Option(names = "--strict-required", description = "Enforce ApplicationRequired columns (Dynamics does not).")
    boolean strictRequired;

    @Option(names = "--dop-hint", defaultValue = "8", description = "x-ms-dop-hint header value. Default: ${DEFAULT-VALUE}.")
    int dopHint;

    @Option(names = "--key-activation-seconds", defaultValue = "2", description = "Seconds a new alternate key stays Pending. Default: ${DEFAULT-VALUE}.")
    double keyActivationSeconds;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Fixed delay per request.")
    long latencyMs;

    @Option(names = "--record-cost-ms", defaultValue = "0", description = "Execution time per record written.")
    double recordCostMs;

    @Option(names = "--fault-429", defaultValue = "0", description = "Rate (0..1) of injected 429 throttling.")
    double fault429;

    @Option(names = "--fault-503", defaultValue = "0", description = "Rate of injected 503 Service Unavailable.")
    double fault503;

    @Option(names = "--fault-deadlock", defaultValue = "0", description = "Rate of injected SQL deadlocks (0x80044150).")
    double faultDeadlock;

    @Option(names = "--fault-timeout", defaultValue = "0", description = "Rate of injected SQL timeouts (0x80044151).")
    double faultTimeout;

    @Option(names = "--fault-reset", defaultValue = "0", description = "Rate of dropped connections.")
    double faultReset;

    @Option(names = "--fault-seed", defaultValue = "42", description = "Seed of the fault sequence.")
    long faultSeed;

    @Option(names = "--limit-requests", defaultValue = "6000", description = "Requests per user per window.")
    int limitRequests;

    @Option(names = "--limit-execution-ms", defaultValue = "1200000", description = "Execution time per user per window.")
    long limitExecutionMs;

    @Option(names = "--limit-concurrent", defaultValue = "52", description = "Concurrent requests per user.")
    int limitConcurrent;

    @Option(names = "--limit-window-seconds", defaultValue = "300", description = "The sliding window.")
    long limitWindowSeconds;

    String clientId() {
        return clientId;
    }

    /** What the banner says about the secret; only the emulator's own test secret is ever printed. */
    String secretDescription() {
        if (secretFile != null) {
            return "from " + secretFile;
        }
        if (System.getenv(SECRET_ENV) != null) {
            return "from $" + SECRET_ENV;
        }
        return EmulatorSettings.DEFAULT_CLIENT_SECRET + " (the emulator's test secret)";
    }

    EmulatorSettings apply(EmulatorSettings base) {
        try {
            return base.withClients(Map.of(clientId, secret())).withTenant(tenant).withOpen(open)
                    .withStrictRequired(strictRequired).withDopHint(dopHint)
                    .withKeyActivationDelay(Duration.ofMillis((long) (keyActivationSeconds * 1000)))
                    .withLatency(Duration.ofMillis(latencyMs))
                    .withPerRecordCost(Duration.ofNanos((long) (recordCostMs * 1_000_000)))
                    .withFaults(new FaultSettings(fault429, fault503, faultDeadlock, faultTimeout, faultReset, faultSeed))
                    .withLimits(new ServiceLimits(limitRequests, limitExecutionMs, limitConcurrent,
                            Duration.ofSeconds(limitWindowSeconds)));
        } catch (IllegalArgumentException e) {
            throw new MigrationException(ErrorCode.USAGE, e.getMessage(), "see atomic2dynamics emulator --help");
        }
    }

    private String secret() {
        if (secretFile != null) {
            try {
                return Files.readString(secretFile, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, "cannot read the client secret file "
                        + secretFile, "check the path given to --client-secret-file", e);
            }
        }
        String env = System.getenv(SECRET_ENV);
        return env != null ? env : EmulatorSettings.DEFAULT_CLIENT_SECRET;
    }
}
