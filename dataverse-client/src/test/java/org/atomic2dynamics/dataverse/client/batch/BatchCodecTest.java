package org.atomic2dynamics.dataverse.client.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.dataverse.client.http.Endpoint;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.junit.jupiter.api.Test;

class BatchCodecTest {
    private final BatchCodec codec = new BatchCodec(Endpoint.of(URI.create("https://org.crm.dynamics.com")));

    @Test
    void writesCrlfMultipartWithChangesetsAndContentIds() {
        HttpCall batch = codec.encode(List.of(
                new BatchItem.ChangeSet(List.of(HttpCall.json("POST", "accounts", "{\"name\":\"Contoso\"}"),
                        HttpCall.json("POST", "contacts", "{\"parentcustomerid_account@odata.bind\":\"$1\"}"))),
                new BatchItem.Single(HttpCall.get("accounts?$select=name&$top=1"))), true);
        String body = new String(batch.body(), StandardCharsets.UTF_8);
        String boundary = batch.headers().get("Content-Type").replace("multipart/mixed; boundary=", "");

        assertThat(batch.path()).isEqualTo("$batch");
        assertThat(batch.headers()).containsEntry("Prefer", "odata.continue-on-error");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n");
        assertThat(body).startsWith("--" + boundary + "\r\nContent-Type: multipart/mixed; boundary=changeset_")
                .contains("Content-ID: 1\r\n\r\nPOST https://org.crm.dynamics.com/api/data/v9.2/accounts HTTP/1.1\r\n"
                        + "Content-Type: application/json; type=entry\r\n\r\n{\"name\":\"Contoso\"}\r\n--changeset_")
                .contains("Content-ID: 2\r\n")
                .contains("Content-Transfer-Encoding: binary\r\n\r\nGET https://org.crm.dynamics.com/api/data/v9.2/"
                        + "accounts?$select=name&$top=1 HTTP/1.1\r\n")
                .endsWith("--" + boundary + "--\r\n");
    }

    @Test
    void refusesMoreThanAThousandRequests() {
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(new BatchItem.Single(HttpCall.delete("accounts(" + i + ")")));
        }
        assertThatThrownBy(() -> codec.encode(items, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsNestedChangesetAnswersAndFlatParts() {
        String body = String.join("\r\n",
                "--batchresponse_f27e",
                "Content-Type: multipart/mixed; boundary=changesetresponse_64cc",
                "",
                "--changesetresponse_64cc",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 1",
                "",
                "HTTP/1.1 204 No Content",
                "OData-Version: 4.0",
                "OData-EntityId: [Org]/api/data/v9.2/accounts(e73ffc82-0000-0000-0000-000000000001)",
                "",
                "",
                "--changesetresponse_64cc",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 2",
                "",
                "HTTP/1.1 204 No Content",
                "OData-Version: 4.0",
                "",
                "",
                "--changesetresponse_64cc--",
                "--batchresponse_f27e",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "",
                "HTTP/1.1 200 OK",
                "Content-Type: application/json; odata.metadata=minimal",
                "",
                "{\"value\":[]}",
                "--batchresponse_f27e",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "",
                "HTTP/1.1 400 Bad Request",
                "REQ_ID: 5ecd1cb3",
                "",
                "{\"error\":{\"code\":\"0x80044331\",\"message\":\"too long\"}}",
                "--batchresponse_f27e--", "");
        BatchResponse r = new BatchResponseParser().parse("multipart/mixed; boundary=batchresponse_f27e", body);

        assertThat(r.entries()).hasSize(3);
        assertThat(r.entries().get(0).changeSet()).isTrue();
        assertThat(r.entries().get(0).parts()).extracting(PartResponse::contentId).containsExactly("1", "2");
        assertThat(r.entries().get(0).parts().get(0).header("OData-EntityId")).hasValueSatisfying(
                v -> assertThat(v).endsWith("accounts(e73ffc82-0000-0000-0000-000000000001)"));
        assertThat(r.entries().get(1).parts().get(0).body()).isEqualTo("{\"value\":[]}");
        PartResponse error = r.entries().get(2).parts().get(0);
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.body()).contains("0x80044331");
    }

    @Test
    void toleratesBareLineFeedsAndQuotedBoundaries() {
        String body = "--b1\nContent-Type: application/http\n\nHTTP/1.1 204 No Content\n\n\n--b1--\n";
        BatchResponse r = new BatchResponseParser().parse("multipart/mixed; boundary=\"b1\"", body);
        assertThat(r.entries()).singleElement().satisfies(e -> assertThat(e.parts().get(0).status()).isEqualTo(204));
    }
}
