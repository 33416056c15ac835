package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.batch.BatchCodec;
import org.atomic2dynamics.dataverse.client.batch.BatchItem;
import org.atomic2dynamics.dataverse.client.batch.BatchResponse;
import org.atomic2dynamics.dataverse.client.batch.BatchResponseParser;
import org.atomic2dynamics.dataverse.client.batch.PartResponse;
import org.atomic2dynamics.dataverse.client.http.HttpAnswer;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Changesets with Content-ID references, as encoded by the codec and answered by the emulator. */
class BatchCodecEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private static BatchResponse send(DataverseClient client, List<BatchItem> items) {
        HttpAnswer answer = client.send(new BatchCodec(client.endpoint()).encode(items, true));
        return new BatchResponseParser().parse(answer.header("Content-Type").orElse(""), answer.text());
    }

    private static String accountsNamed(DataverseClient client, String name) {
        return client.sendForJson(HttpCall.get("accounts?$select=name&$filter=name%20eq%20'" + name.replace(" ", "%20") + "'"))
                .path("value").toString();
    }

    @Test
    void aChangesetReferencesItsEarlierRequestAndAFailedOneRollsBack() {
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        BatchResponse response = send(client, List.of(
                new BatchItem.ChangeSet(List.of(HttpCall.json("POST", "accounts", "{\"name\":\"Contoso\"}"),
                        HttpCall.json("POST", "contacts", "{\"lastname\":\"Lee\",\"parentcustomerid_account@odata.bind\":\"$1\"}"))),
                new BatchItem.ChangeSet(List.of(HttpCall.json("POST", "accounts", "{\"name\":\"Rolled back\"}"),
                        HttpCall.json("POST", "contacts", "{\"nosuchcolumn\":1}"))),
                new BatchItem.Single(HttpCall.get("contacts?$select=lastname,_parentcustomerid_value&$filter=lastname%20eq%20'Lee'"))));

        assertThat(response.entries()).hasSize(3);
        BatchResponse.Entry created = response.entries().get(0);
        assertThat(created.changeSet()).isTrue();
        assertThat(created.parts()).extracting(PartResponse::contentId).containsExactly("1", "2");
        assertThat(created.parts()).allSatisfy(p -> assertThat(p.isSuccess()).isTrue());
        String accountUrl = created.parts().get(0).header("OData-EntityId").orElseThrow();
        assertThat(response.entries().get(1).parts()).anySatisfy(p -> assertThat(p.status()).isEqualTo(400));
        PartResponse read = response.entries().get(2).parts().get(0);
        assertThat(read.status()).isEqualTo(200);
        assertThat(accountUrl).contains(read.body().replaceAll(".*\"_parentcustomerid_value\":\"([^\"]+)\".*", "$1"));
        assertThat(accountsNamed(client, "Contoso")).contains("Contoso");
        assertThat(accountsNamed(client, "Rolled back")).isEqualTo("[]");
    }
}
