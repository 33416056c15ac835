package org.atomic2dynamics.dataverse.client.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.fixture.Scripted;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer.Reply;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome.Status;
import org.junit.jupiter.api.Test;

/**
 * A $batch answer in which one part failed transiently (503) next to a created and a refused part. The
 * emulator injects faults per HTTP request, never into one part of a $batch, so this answer is scripted;
 * everything else about the write strategies is shown against the emulator (WriteStrategiesEmulatorTest).
 */
class RecordWriterScriptedTest {
    private static final String TOO_LONG = "{\"error\":{\"code\":\"0x80044331\",\"message\":\"name too long\"}}";

    @Test
    void aTransientlyFailedBatchPartIsSentAgainAloneAndTheOthersKeepTheirAnswers() throws Exception {
        try (ScriptedServer server = new ScriptedServer()) {
            DataverseClient client = Scripted.connect(server);
            List<TargetRecord> records = IntStream.range(0, 3).mapToObj(i -> new TargetRecord("account", UUID.randomUUID(),
                    Map.of("name", "A" + i), Map.of())).collect(Collectors.toList());
            String body = String.join("\r\n",
                    "--batchresponse_1", "Content-Type: application/http", "", "HTTP/1.1 201 Created", "", "{}",
                    "--batchresponse_1", "Content-Type: application/http", "", "HTTP/1.1 400 Bad Request", "", TOO_LONG,
                    "--batchresponse_1", "Content-Type: application/http", "", "HTTP/1.1 503 Service Unavailable", "", "",
                    "--batchresponse_1--", "");
            server.then(new Reply(200, Map.of("Content-Type", "multipart/mixed; boundary=batchresponse_1"), body, false))
                    .then(Reply.json(200, "{}"));  // record 2 alone: 200 = it existed
            RecordWriter writer = new RecordWriter(client, TableNames.standard(),
                    WriterSettings.defaults().with(WriteMethod.BATCH).withSizes(10, 10));
            WriteResult result = writer.write("account", records, WriteMode.UPSERT);

            assertThat(result.outcomes()).extracting(WriteOutcome::status)
                    .containsExactly(Status.CREATED, Status.REJECTED, Status.UPDATED);
            assertThat(result.outcomes().get(1).message()).isEqualTo("name too long");
            assertThat(server.seen()).hasSize(3);
            assertThat(server.seen().get(2).uri()).endsWith("accounts(" + records.get(2).id() + ")?$select=accountid");
            assertThat(client.statistics().retries()).isEqualTo(1);
        }
    }
}
