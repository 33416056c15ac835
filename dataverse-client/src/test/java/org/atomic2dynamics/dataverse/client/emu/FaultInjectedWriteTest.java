package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * 20% of requests throttled, 5% unavailable, some connections reset: every record sent arrives with the
 * values sent, and the retries are counted.
 */
class FaultInjectedWriteTest {
    private static final int RECORDS = 300;

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withFaults(
            new FaultSettings(0.20, 0.05, 0.0, 0.0, 0.03, 7L)));

    @ParameterizedTest
    @EnumSource(value = WriteMethod.class, names = {"BULK", "BATCH", "SINGLE"})
    void losesNothing(WriteMethod method) {
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        TableNames tables = TableNames.standard();
        List<TargetRecord> sent = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            sent.add(new TargetRecord("contact", UUID.randomUUID(),
                    Map.of("lastname", method + "-" + i, "numberofchildren", i % 7), Map.of()));
        }
        RecordWriter writer = new RecordWriter(client, tables,
                WriterSettings.defaults().with(method).withSizes(50, 25));
        WriteResult result = writer.write("contact", sent, WriteMode.UPSERT);

        assertThat(result.notWritten()).isEmpty();
        Map<UUID, JsonNode> present = new RecordReader(client, tables).byIds("contact",
                sent.stream().map(TargetRecord::id).collect(java.util.stream.Collectors.toList()),
                List.of("lastname", "numberofchildren"));
        assertThat(present).hasSize(RECORDS);
        for (TargetRecord r : sent) {
            assertThat(present.get(r.id()).path("lastname").asText()).isEqualTo(r.attributes().get("lastname"));
            assertThat(present.get(r.id()).path("numberofchildren").asInt()).isEqualTo(r.attributes().get("numberofchildren"));
        }
        ClientStatistics stats = client.statistics();
        assertThat(stats.retries()).isPositive();
        assertThat(stats.throttled()).isPositive();
        assertThat(stats.toText()).contains("retries");
    }
}
