package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.throttle.ClientStatistics;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMethod;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteResult;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.emulator.FaultSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 20% of requests throttled (429, Retry-After 1 s), 5% unavailable (503), 4% of connections dropped without
 * an answer: every record sent arrives with the values sent, and the retries are counted. Each 429 holds
 * every request of the user for a second, so the single-request run writes fewer records to stay short.
 */
class FaultInjectedWriteTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withFaults(
            new FaultSettings(0.20, 0.05, 0.0, 0.0, 0.04, 7L)));

    @ParameterizedTest
    @EnumSource(value = WriteMethod.class, names = {"BULK", "BATCH", "SINGLE"})
    void losesNothingAndReportsTheRetries(WriteMethod method) {
        int count = method == WriteMethod.SINGLE ? 40 : 300;
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        TableNames tables = TableNames.standard();
        List<TargetRecord> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(new TargetRecord("contact", UUID.randomUUID(),
                    Map.of("lastname", method + "-" + i, "numberofchildren", i % 7), Map.of()));
        }
        EmulatorAdmin admin = new EmulatorAdmin(EMULATOR.emulator());
        long faultsBefore = admin.counters().path("faults").asLong();
        ClientStatistics before = client.statistics();

        WriteResult result = new RecordWriter(client, tables, WriterSettings.defaults().with(method).withSizes(25, 10))
                .write("contact", sent, WriteMode.UPSERT);
        ClientStatistics stats = client.statistics().minus(before);
        long injected = admin.counters().path("faults").asLong() - faultsBefore;

        assertThat(result.notWritten()).isEmpty();
        Map<UUID, JsonNode> present = new RecordReader(client, tables).byIds("contact",
                sent.stream().map(TargetRecord::id).collect(Collectors.toList()), List.of("lastname", "numberofchildren"));
        assertThat(present).hasSize(count);
        for (TargetRecord r : sent) {
            assertThat(present.get(r.id()).path("lastname").asText()).isEqualTo(r.attributes().get("lastname"));
            assertThat(present.get(r.id()).path("numberofchildren").asInt()).isEqualTo(r.attributes().get("numberofchildren"));
        }
        long seen = stats.throttled() + stats.serverBusy() + stats.noAnswer();
        assertThat(stats.throttled()).isPositive();
        assertThat(stats.retries()).isGreaterThanOrEqualTo(seen).isPositive();
        assertThat(seen).isLessThanOrEqualTo(injected); // the JDK may resend an idempotent GET on a dropped connection
        assertThat(stats.toText()).contains(stats.retries() + " retries").contains(stats.throttled() + " throttled");
    }
}
