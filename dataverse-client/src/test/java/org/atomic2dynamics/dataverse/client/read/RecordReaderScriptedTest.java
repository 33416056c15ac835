package org.atomic2dynamics.dataverse.client.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.fixture.Scripted;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer.Reply;
import org.junit.jupiter.api.Test;

/** The nextLink is followed verbatim, whatever it looks like. */
class RecordReaderScriptedTest {

    @Test
    void followsTheNextLinkAsAnOpaqueUrlWithTheSamePageSize() throws Exception {
        try (ScriptedServer server = new ScriptedServer()) {
            DataverseClient client = Scripted.connect(server);
            String next = server.baseUri() + "api/data/v9.2/accounts?$select=name&$skiptoken=%3Ccookie%20page=%222%22%20/%3E";
            server.then(Reply.json(200, "{\"value\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"@odata.nextLink\":\"" + next + "\"}"))
                    .then(Reply.json(200, "{\"value\":[{\"name\":\"c\"}]}"));
            List<List<JsonNode>> pages = new ArrayList<>();
            new RecordReader(client, TableNames.standard()).forEachPage(Query.of("accounts").select(List.of("name")), 2,
                    pages::add);
            assertThat(pages).extracting(List::size).containsExactly(2, 1);
            ScriptedServer.Seen second = server.seen().get(2);
            assertThat(second.uri()).isEqualTo("/api/data/v9.2/accounts?$select=name&$skiptoken=%3Ccookie%20page=%222%22%20/%3E");
            assertThat(second.header("Prefer")).isEqualTo("odata.maxpagesize=2");
        }
    }

    @Test
    void aMissingRecordIsEmpty() throws Exception {
        try (ScriptedServer server = new ScriptedServer()) {
            DataverseClient client = Scripted.connect(server);
            server.then(Reply.json(404, "{\"error\":{\"code\":\"0x80040217\",\"message\":\"account With Id = x Does Not Exist\"}}"));
            assertThat(new RecordReader(client, TableNames.standard()).retrieve("account", UUID.randomUUID(), List.of("name")))
                    .isEmpty();
        }
    }
}
