package org.atomic2dynamics.emulator.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;

/**
 * Sends the benchmark's UpsertMultiple requests to an emulator one at a time over real HTTP and records,
 * per request: the emulator's own time (measured inside it, around the request's execution), the CPU its
 * threads used (HTTP handling included), the client's round trip, and whether a GC pause fell in it.
 */
final class UpsertRun {
    static final int BATCH = 1000;

    final Timings own;
    final Timings cpu;
    final Timings roundTrip;
    final Timings startedAt;
    final boolean[] paused;
    final int requests;
    double seconds;

    private UpsertRun(int requests) {
        this.requests = requests;
        own = new Timings(requests);
        cpu = new Timings(requests);
        roundTrip = new Timings(requests);
        startedAt = new Timings(requests);
        paused = new boolean[requests];
    }

    static UpsertRun load(Emulator emulator, int requests) throws Exception {
        UpsertRun run = new UpsertRun(requests);
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
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
            run.startedAt.set(r, t0 - started);
            HttpResponse<String> resp = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1))
                    .header("Authorization", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.bytes(), 0, bodies.length())).build(),
                    HttpResponse.BodyHandlers.ofString());
            run.roundTrip.set(r, System.nanoTime() - t0);
            run.own.set(r, emulator.serverTime().toNanos() - serverBefore);
            run.cpu.set(r, emulatorCpu() - cpuBefore);
            run.paused[r] = gcCount(gcs) != gcBefore;
            if (resp.statusCode() != 204) {
                throw new IllegalStateException("request " + r + " answered " + resp.statusCode() + ": " + resp.body());
            }
        }
        run.seconds = (System.nanoTime() - started) / 1e9;
        return run;
    }

    /** One line per request: index, start (ms into the run), own ms, CPU ms, round-trip ms, GC pause or not. */
    void writeCsv(Path file) throws IOException {
        StringBuilder b = new StringBuilder("request,started_ms,own_ms,cpu_ms,round_trip_ms,gc\n");
        for (int r = 0; r < requests; r++) {
            b.append(r).append(',').append(startedAt.get(r) / 1_000_000).append(',').append(own.get(r) / 1e6)
                    .append(',').append(cpu.get(r) / 1e6).append(',').append(roundTrip.get(r) / 1e6).append(',')
                    .append(paused[r]).append('\n');
        }
        Files.writeString(file, b);
    }

    int pausedRequests() {
        int n = 0;
        for (boolean p : paused) {
            n += p ? 1 : 0;
        }
        return n;
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

    static long gcCount(List<GarbageCollectorMXBean> gcs) {
        return gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    static long gcMillis(List<GarbageCollectorMXBean> gcs) {
        return gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
