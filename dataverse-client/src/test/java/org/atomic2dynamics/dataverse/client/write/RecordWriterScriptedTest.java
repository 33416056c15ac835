package org.atomic2dynamics.dataverse.client.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact answer sequences for the write strategies: bisecting a failed bulk request, mapping $batch parts. */
class RecordWriterScriptedTest {
    private static final String TOO_LONG = "{\"error\":{\"code\":\"0x80044331\",\"message\":\"name too long\"}}";
    private ScriptedServer server;
    private DataverseClient client;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer();
        client = Scripted.connect(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<TargetRecord> accounts(int n) {
        return IntStream.range(0, n).mapToObj(i -> new TargetRecord("account",
                UUID.fromString("00000000-0000-0000-0000-00000000000" + i), Map.of("name", "A" + i), Map.of()))
                .collect(Collectors.toList());
    }

    @Test
    void aFailedBulkRequestIsBisectedUntilTheBadRecordStandsAlone() {
        List<TargetRecord> records = accounts(4);
        server.then(Reply.json(200, "{\"value\":[{\"accountid\":\"" + records.get(0).id() + "\"}]}"))
                .then(Reply.json(400, TOO_LONG))      // all four
                .then(Reply.json(204, ""))            // 0,1
                .then(Reply.json(400, TOO_LONG))      // 2,3
                .then(Reply.json(204, ""))            // 2
                .then(Reply.json(400, TOO_LONG));     // 3
        RecordWriter writer = new RecordWriter(client, TableNames.standard(),
                WriterSettings.defaults().with(WriteMethod.BULK).withSizes(4, 10));
        WriteResult result = writer.write("account", records, WriteMode.UPSERT);

        assertThat(result.outcomes()).extracting(WriteOutcome::status)
                .containsExactly(Status.UPDATED, Status.CREATED, Status.CREATED, Status.REJECTED);
        WriteOutcome reject = result.outcomes().get(3);
        assertThat(reject.code()).isEqualTo("0x80044331");
        assertThat(reject.message()).isEqualTo("name too long");
        assertThat(client.statistics().splits()).isEqualTo(2);
        List<ScriptedServer.Seen> seen = server.seen();
        assertThat(URLDecoder.decode(seen.get(1).uri(), StandardCharsets.UTF_8))
                .contains("$filter=Microsoft.Dynamics.CRM.In(PropertyName='accountid',PropertyValues=['");
        assertThat(seen.get(2).uri()).isEqualTo("/api/data/v9.2/accounts/Microsoft.Dynamics.CRM.UpsertMultiple");
        assertThat(seen.get(2).body()).contains("\"@odata.type\":\"Microsoft.Dynamics.CRM.account\"")
                .contains("\"accountid\":\"" + records.get(3).id() + "\"");
        assertThat(seen.get(6).body()).contains(records.get(3).id().toString()).doesNotContain(records.get(2).id().toString());
    }

    @Test
    void batchPartsMapToRecordsAndATransientPartIsSentAgainAlone() {
        List<TargetRecord> records = accounts(3);
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
        ScriptedServer.Seen batch = server.seen().get(1);
        assertThat(batch.uri()).isEqualTo("/api/data/v9.2/$batch");
        assertThat(batch.header("Prefer")).isEqualTo("odata.continue-on-error");
        assertThat(batch.body()).contains("PATCH " + server.baseUri() + "api/data/v9.2/accounts(" + records.get(0).id()
                + ")?$select=accountid HTTP/1.1\r\n").contains("Prefer: return=representation\r\n");
        assertThat(server.seen().get(2).uri()).endsWith("accounts(" + records.get(2).id() + ")?$select=accountid");
        assertThat(client.statistics().retries()).isEqualTo(1);
    }

    @Test
    void autoFallsBackToBatchWhenTheProbeFindsNoBulkMessage() {
        server.then(Reply.json(200, "{\"value\":[]}"));
        RecordWriter writer = new RecordWriter(client, TableNames.standard(), WriterSettings.defaults());
        assertThat(writer.methodFor("task", WriteMode.UPSERT)).isEqualTo(WriteMethod.BATCH);
        assertThat(writer.methodFor("task", WriteMode.UPSERT)).isEqualTo(WriteMethod.BATCH);
        assertThat(server.seen()).hasSize(2); // WhoAmI and one probe: the answer is cached
        assertThat(URLDecoder.decode(server.seen().get(1).uri(), StandardCharsets.UTF_8))
                .isEqualTo("/api/data/v9.2/sdkmessagefilters?$select=sdkmessagefilterid&$filter=sdkmessageid/name eq @message"
                        + " and primaryobjecttypecode eq @table&@message='UpsertMultiple'&@table='task'");
    }
}
