package org.atomic2dynamics.emulator.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;

/**
 * Loads N accounts (default 1,000,000) through 1,000-record UpsertMultiple requests over real HTTP, one
 * request at a time, then reports the emulator's own time per request (p50/p95/p99/max), the CPU of its
 * threads, the client's round trip, the GC pauses and the heap the records take. A throwaway emulator
 * first takes 100 requests so that the JIT has compiled the path. Not a test: run it by hand
 * (docs/BENCHMARKS.md) with -Xmx2g. {@code -Dbench.csv=FILE} writes one line per request.
 */
public final class EmulatorBenchmark {
    private static final int WARM_UP_REQUESTS = 100;

    private EmulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int requests = total / UpsertRun.BATCH;
        try (Emulator warmUp = Emulator.start(EmulatorSettings.defaults())) {
            UpsertRun.load(warmUp, Math.min(WARM_UP_REQUESTS, requests));
        }
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        long baseline = usedHeapAfterGc();
        long gcCount0 = UpsertRun.gcCount(gcs);
        long gcMillis0 = UpsertRun.gcMillis(gcs);
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults())) {
            UpsertRun run = UpsertRun.load(emulator, requests);
            long gcCount = UpsertRun.gcCount(gcs) - gcCount0;
            long gcMillis = UpsertRun.gcMillis(gcs) - gcMillis0;
            long heap = usedHeapAfterGc() - baseline;
            System.out.printf("JVM: %s %s, flags %s, GC %s%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    gcs.stream().map(GarbageCollectorMXBean::getName).toList());
            System.out.printf("records: %,d in %,d UpsertMultiple requests of %,d (%.1f s, %,.0f records/s)%n", total,
                    requests, UpsertRun.BATCH, run.seconds, total / run.seconds);
            System.out.printf("emulator's own time per request, all requests:         %s%n", run.own.summary(r -> true));
            System.out.printf("  requests with no GC pause during them:               %s%n",
                    run.own.summary(r -> !run.paused[r]));
            System.out.printf("  last tenth (table at 90-100%% of its final size):     %s%n",
                    run.own.summary(r -> r >= requests * 9 / 10));
            System.out.printf("CPU of the emulator's threads per request (HTTP included): %s%n",
                    run.cpu.summary(r -> true));
            System.out.printf("round trip (client sends %,d records, reads the answer): %s%n", UpsertRun.BATCH,
                    run.roundTrip.summary(r -> true));
            System.out.printf("GC pauses while loading: %,d, %,d ms in all; %,d requests saw one%n", gcCount, gcMillis,
                    run.pausedRequests());
            System.out.printf("heap held by the records after GC: %,d MB (%,d bytes per record); max heap %,d MB%n",
                    heap >> 20, heap / Math.max(1, total), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("emulator counters: %,d requests, %,d records written%n", emulator.requestCount(),
                    emulator.recordsWritten());
            String csv = System.getProperty("bench.csv");
            if (csv != null) {
                run.writeCsv(Path.of(csv));
            }
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
