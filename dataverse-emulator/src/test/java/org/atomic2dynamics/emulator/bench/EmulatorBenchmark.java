package org.atomic2dynamics.emulator.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;

/**
 * Loads N accounts (default 1,000,000) through 1,000-record UpsertMultiple requests over real HTTP, then
 * reports request times and the heap the records take. Not a test: run it by hand (docs/BENCHMARKS.md)
 * with -Xmx2g to check the 2 GB target.
 */
public final class EmulatorBenchmark {
    private static final int BATCH = 1000;

    private EmulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long baseline = usedHeapAfterGc();
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = "Bearer " + emulator.accessToken(EmulatorSettings.DEFAULT_CLIENT_ID);
            URI uri = emulator.apiUri().resolve("accounts/Microsoft.Dynamics.CRM.UpsertMultiple");
            int requests = total / BATCH;
            long[] nanos = new long[requests];
            long started = System.nanoTime();
            for (int r = 0; r < requests; r++) {
                byte[] body = body(r).getBytes(StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                HttpResponse<String> resp = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1))
                        .header("Authorization", token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                nanos[r] = System.nanoTime() - t0;
                if (resp.statusCode() != 204) {
                    throw new IllegalStateException("request " + r + " answered " + resp.statusCode() + ": " + resp.body());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long heap = usedHeapAfterGc() - baseline;
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("records: %,d in %,d UpsertMultiple requests of %,d (%.1f s, %,.0f records/s)%n", total,
                    requests, BATCH, seconds, total / seconds);
            System.out.printf("request time (HTTP round trip, JSON of %,d records): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    BATCH, ms(sorted, 0.50), ms(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
            System.out.printf("emulator's own time per request (parse, validate, store, answer): %.2f ms on average%n",
                    emulator.serverTime().toNanos() / 1e6 / requests);
            System.out.printf("heap held by the records after GC: %,d MB (%,d bytes per record); max heap %,d MB%n",
                    heap >> 20, heap / Math.max(1, total), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("emulator counters: %,d requests, %,d records written%n", emulator.requestCount(),
                    emulator.recordsWritten());
        }
    }

    private static String body(int request) {
        StringBuilder b = new StringBuilder(BATCH * 420).append("{\"Targets\":[");
        for (int i = 0; i < BATCH; i++) {
            int n = request * BATCH + i;
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"accountid\":\"")
                    .append(UUID.nameUUIDFromBytes(("bench:" + n).getBytes(StandardCharsets.UTF_8)))
                    .append("\",\"name\":\"Company ").append(n).append("\",\"accountnumber\":\"ATM-").append(n)
                    .append("\",\"telephone1\":\"+1 555 01").append(n % 100).append("\",\"emailaddress1\":\"contact")
                    .append(n).append("@example.com\",\"websiteurl\":\"https://company").append(n)
                    .append(".example.com\",\"address1_city\":\"").append(CITIES[n % CITIES.length])
                    .append("\",\"numberofemployees\":").append(n % 5000).append(",\"revenue\":").append(n % 100000)
                    .append(".50,\"industrycode\":").append(1 + n % 33).append(",\"description\":\"Migrated from Atomic CRM company ")
                    .append(n).append("\"}");
        }
        return b.append("]}").toString();
    }

    private static final String[] CITIES = {"Paris", "Lyon", "Berlin", "Madrid", "London", "Boston", "Austin"};

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
