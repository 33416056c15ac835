package org.atomic2dynamics.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every option of the emulator. Start from {@link #defaults()} and change what a test or the CLI needs with
 * the with-ers; the record is immutable.
 *
 * @param port               TCP port on localhost; 0 picks a free one
 * @param dataDir            where state is persisted on close and reloaded on start; null keeps it in memory
 * @param users              systemusers seeded at start
 * @param open               accept any bearer token (no token endpoint needed)
 * @param strictRequired     enforce ApplicationRequired columns (Dynamics does not)
 * @param clients            accepted client credentials, client id to secret; each gets an application user
 * @param tenant             the tenant id in the token URL
 * @param dopHint            value of the x-ms-dop-hint response header
 * @param keyActivationDelay how long a new alternate key stays Pending before it becomes Active
 * @param latency            fixed delay added to every data request
 * @param perRecordCost      execution time charged per record written (slept, and counted by the limits)
 * @param faults             injected fault rates and their seed
 * @param limits             service protection limits
 * @param maxPageSize        the largest page a query returns (Dataverse: 5000)
 * @param maxAttachmentBytes largest base64 documentbody of a note (organization.maxuploadfilesize)
 */
public record EmulatorSettings(
        int port,
        Path dataDir,
        List<SeedUser> users,
        boolean open,
        boolean strictRequired,
        Map<String, String> clients,
        String tenant,
        int dopHint,
        Duration keyActivationDelay,
        Duration latency,
        Duration perRecordCost,
        FaultSettings faults,
        ServiceLimits limits,
        int maxPageSize,
        long maxAttachmentBytes) {

    /** The client id accepted by default; its secret is {@link #DEFAULT_CLIENT_SECRET}. */
    public static final String DEFAULT_CLIENT_ID = "51f81489-12ee-4a9e-aaae-a2591f45987d";
    /** The emulator's own well-known secret: it protects nothing but a local test server. */
    public static final String DEFAULT_CLIENT_SECRET = "emulator-secret";
    public static final String DEFAULT_TENANT = "00000000-0000-0000-0000-0000000000a2";

    public EmulatorSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        users = List.copyOf(users);
        clients = Map.copyOf(new LinkedHashMap<>(clients));
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("at least one client must be accepted");
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be positive");
        }
    }

    public static EmulatorSettings defaults() {
        return new EmulatorSettings(0, null, List.of(), false, false,
                Map.of(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET), DEFAULT_TENANT, 8, Duration.ofSeconds(2),
                Duration.ZERO, Duration.ZERO, FaultSettings.none(), ServiceLimits.real(), 5000, 5_242_880L);
    }

    public EmulatorSettings withPort(int p) {
        return new EmulatorSettings(p, dataDir, users, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withDataDir(Path d) {
        return new EmulatorSettings(port, d, users, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withUsers(List<SeedUser> u) {
        return new EmulatorSettings(port, dataDir, u, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withOpen(boolean o) {
        return new EmulatorSettings(port, dataDir, users, o, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withStrictRequired(boolean s) {
        return new EmulatorSettings(port, dataDir, users, open, s, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withClients(Map<String, String> c) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, c, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withTenant(String t) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, t, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withDopHint(int d) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, tenant, d,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withKeyActivationDelay(Duration d) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, tenant, dopHint,
                d, latency, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withLatency(Duration l) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, l, perRecordCost, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withPerRecordCost(Duration c) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, c, faults, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withFaults(FaultSettings f) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, f, limits, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withLimits(ServiceLimits l) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, l, maxPageSize, maxAttachmentBytes);
    }

    public EmulatorSettings withMaxPageSize(int m) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, m, maxAttachmentBytes);
    }

    public EmulatorSettings withMaxAttachmentBytes(long m) {
        return new EmulatorSettings(port, dataDir, users, open, strictRequired, clients, tenant, dopHint,
                keyActivationDelay, latency, perRecordCost, faults, limits, maxPageSize, m);
    }
}
