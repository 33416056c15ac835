package org.atomic2dynamics.emulator.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;

/**
 * Loads N accounts (default 1,000,000) through 1,000-record UpsertMultiple requests over real HTTP, one
 * request at a time, then reports the emulator's own time per request (measured inside it, around the
 * request's execution: parse, validate, store, answer), the client's round trip, the GC pauses and the
 * heap the records take. Not a test: run it by hand (docs/BENCHMARKS.md) with -Xmx2g.
 */
public final class EmulatorBenchmark {
    private static final int BATCH = 1000;

    private EmulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int requests = total / BATCH;
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        long baseline = usedHeapAfterGc();
        Timings own = new Timings(requests);
        Timings startedAt = new Timings(requests);
        Timings cpu = new Timings(requests);
        Timings roundTrip = new Timings(requests);
        boolean[] paused = new boolean[requests];
        long gcCount0 = gcCount(gcs);
        long gcMillis0 = gcMillis(gcs);
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = "Bearer " + emulator.accessToken(EmulatorSettings.DEFAULT_CLIENT_ID);
            URI uri = emulator.apiUri().resolve("accounts/Microsoft.Dynamics.CRM.UpsertMultiple");
            AccountBodies bodies = new AccountBodies();
            long started = System.nanoTime();
            for (int r = 0; r < requests; r++) {
                bodies.fill(r, BATCH);
                long gcBefore = gcCount(gcs);
                long serverBefore = emulator.serverTime().toNanos();
                long cpuBefore = emulatorCpu();
                long t0 = System.nanoTime();
                startedAt.set(r, ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L);
                HttpResponse<String> resp = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1))
                        .header("Authorization", token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.bytes(), 0, bodies.length())).build(),
                        HttpResponse.BodyHandlers.ofString());
                roundTrip.set(r, System.nanoTime() - t0);
                own.set(r, emulator.serverTime().toNanos() - serverBefore);
                cpu.set(r, emulatorCpu() - cpuBefore);
                paused[r] = gcCount(gcs) != gcBefore;
                if (resp.statusCode() != 204) {
                    throw new IllegalStateException("request " + r + " answered " + resp.statusCode() + ": " + resp.body());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long gcs1 = gcCount(gcs) - gcCount0;
            long gcMillis1 = gcMillis(gcs) - gcMillis0;
            long heap = usedHeapAfterGc() - baseline;
            System.out.printf("JVM: %s %s, flags %s, GC %s%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    gcs.stream().map(GarbageCollectorMXBean::getName).toList());
            System.out.printf("records: %,d in %,d UpsertMultiple requests of %,d (%.1f s, %,.0f records/s)%n", total,
                    requests, BATCH, seconds, total / seconds);
            System.out.printf("emulator's own time per request, all requests:         %s%n", own.summary(r -> true));
            System.out.printf("  requests with no GC pause during them:               %s%n", own.summary(r -> !paused[r]));
            System.out.printf("  last tenth (table at 90-100%% of its final size):     %s%n",
                    own.summary(r -> r >= requests * 9 / 10));
            System.out.printf("CPU of the emulator's threads per request (HTTP included): %s%n", cpu.summary(r -> true));
            System.out.printf("round trip (client sends %,d records, reads the answer): %s%n", BATCH,
                    roundTrip.summary(r -> true));
            System.out.printf("GC pauses while loading: %,d, %,d ms in all; %,d requests saw one%n", gcs1, gcMillis1,
                    countTrue(paused));
            System.out.printf("heap held by the records after GC: %,d MB (%,d bytes per record); max heap %,d MB%n",
                    heap >> 20, heap / Math.max(1, total), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("emulator counters: %,d requests, %,d records written%n", emulator.requestCount(),
                    emulator.recordsWritten());
            String csv = System.getProperty("bench.csv");
            if (csv != null) {
                own.write(java.nio.file.Path.of(csv), roundTrip, startedAt, paused);
            }
        }
    }

    /** CPU time of the emulator's request threads and its HTTP dispatcher (not the client's threads). */
    private static long emulatorCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("emulator-http-") || t.getThreadName().equals("HTTP-Dispatcher"))) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }

    private static long gcCount(List<GarbageCollectorMXBean> gcs) {
        return gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis(List<GarbageCollectorMXBean> gcs) {
        return gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static int countTrue(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
