package org.atomic2dynamics.dataverse.client.emu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.throttle.ClientStatistics;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMethod;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteResult;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;

/**
 * Bulk vs $batch vs single requests against the emulator with its latency model on: requests per 1,000
 * records and records per second, for upserts of new contacts. Arguments: records (2000), latency ms (40),
 * per-record cost ms (2). Run: see docs/BENCHMARKS.md.
 */
public final class WriteBenchmark {
    private WriteBenchmark() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long latency = args.length > 1 ? Long.parseLong(args[1]) : 40;
        long cost = args.length > 2 ? Long.parseLong(args[2]) : 2;
        EmulatorSettings settings = EmulatorSettings.defaults().withLatency(Duration.ofMillis(latency))
                .withPerRecordCost(Duration.ofMillis(cost));
        System.out.printf(Locale.ROOT, "%d contacts, latency %d ms, %d ms per record%n", records, latency, cost);
        System.out.printf(Locale.ROOT, "%-7s %9s %12s %10s %9s%n", "method", "requests", "req/1000rec", "records/s", "seconds");
        for (WriteMethod method : methods(args)) {
            try (Emulator emulator = Emulator.start(settings)) {
                run(emulator, method, records);
            }
        }
    }

    private static List<WriteMethod> methods(String[] args) {
        if (args.length > 3) {
            return List.of(WriteMethod.valueOf(args[3]));
        }
        return List.of(WriteMethod.BULK, WriteMethod.BATCH, WriteMethod.SINGLE);
    }

    private static void run(Emulator emulator, WriteMethod method, int count) {
        DataverseClient client = EmulatorClients.connect(emulator);
        List<TargetRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(new TargetRecord("contact", UUID.randomUUID(),
                    Map.of("firstname", "Ann", "lastname", "Lee " + i, "emailaddress1", "ann" + i + "@example.com"), Map.of()));
        }
        RecordWriter writer = new RecordWriter(client, TableNames.standard(), WriterSettings.defaults().with(method));
        ClientStatistics before = client.statistics();
        long start = System.nanoTime();
        WriteResult result = writer.write("contact", records, WriteMode.UPSERT);
        double seconds = (System.nanoTime() - start) / 1e9;
        ClientStatistics used = client.statistics().minus(before);
        if (!result.notWritten().isEmpty()) {
            throw new IllegalStateException(method + ": " + result.toText() + "; first: " + result.notWritten().get(0));
        }
        System.out.printf(Locale.ROOT, "%-7s %9d %12.1f %10.0f %9.1f%n", method, used.requests(),
                used.requests() * 1000.0 / count, count / seconds, seconds);
    }
}
