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
import org.atomic2dynamics.dataverse.client.write.WriteOutcome;
import org.atomic2dynamics.dataverse.client.write.WriteResult;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;

/**
 * Bulk vs $batch vs single requests against the emulator with its latency model on: requests per 1,000
 * records and records per second, for upserts of new contacts. AUTO shows what the sdkmessagefilters probe
 * chose (its one probe request included). Every run checks that the emulator wrote every record. Arguments:
 * records (2000), latency ms (40), per-record cost ms (2), optionally one method. Run: see docs/BENCHMARKS.md.
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
        System.out.printf(Locale.ROOT, "%-7s %-6s %9s %12s %10s %9s %8s%n", "method", "uses", "requests", "req/1000rec",
                "records/s", "seconds", "retries");
        try (Emulator warmUp = Emulator.start(EmulatorSettings.defaults())) {
            for (WriteMethod method : methods(new String[0])) {
                write(warmUp, method, 300); // JIT warm-up, so the first measured method is not penalised
            }
        }
        for (WriteMethod method : methods(args)) {
            try (Emulator emulator = Emulator.start(settings)) {
                run(emulator, method, records);
            }
        }
    }

    private static void write(Emulator emulator, WriteMethod method, int count) {
        new RecordWriter(EmulatorClients.connect(emulator), TableNames.standard(), WriterSettings.defaults().with(method))
                .write("contact", contacts(count), WriteMode.UPSERT);
    }

    private static List<TargetRecord> contacts(int count) {
        List<TargetRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(new TargetRecord("contact", UUID.randomUUID(),
                    Map.of("firstname", "Ann", "lastname", "Lee " + i, "emailaddress1", "ann" + i + "@example.com"), Map.of()));
        }
        return records;
    }

    private static List<WriteMethod> methods(String[] args) {
        if (args.length > 3) {
            return List.of(WriteMethod.valueOf(args[3]));
        }
        return List.of(WriteMethod.AUTO, WriteMethod.BULK, WriteMethod.BATCH, WriteMethod.SINGLE);
    }

    private static void run(Emulator emulator, WriteMethod method, int count) {
        DataverseClient client = EmulatorClients.connect(emulator);
        List<TargetRecord> records = contacts(count);
        RecordWriter writer = new RecordWriter(client, TableNames.standard(), WriterSettings.defaults().with(method));
        ClientStatistics before = client.statistics();
        long written = emulator.recordsWritten();
        long start = System.nanoTime();
        WriteResult result = writer.write("contact", records, WriteMode.UPSERT);
        double seconds = (System.nanoTime() - start) / 1e9;
        ClientStatistics used = client.statistics().minus(before);
        if (!result.notWritten().isEmpty() || result.count(WriteOutcome.Status.CREATED) != count
                || emulator.recordsWritten() - written != count) {
            throw new IllegalStateException(method + ": " + result.toText() + ", emulator wrote "
                    + (emulator.recordsWritten() - written) + " of " + count);
        }
        System.out.printf(Locale.ROOT, "%-7s %-6s %9d %12.1f %10.0f %9.1f %8d%n", method,
                writer.methodFor("contact", WriteMode.UPSERT), used.requests(), used.requests() * 1000.0 / count,
                count / seconds, seconds, used.retries());
    }
}
