package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DATAVERSE.md §3.2: CreateMultiple, UpdateMultiple, UpsertMultiple, and the sdkmessagefilters check. */
@ExtendWith(EmulatorExtension.class)
class BulkConformanceTest {
    private static Http http;

    @BeforeAll
    static void connect(Emulator e) {
        http = new Http(e);
    }

    @Test
    void createMultipleAnswersTheIds() {
        Http.Reply r = http.post("accounts/Microsoft.Dynamics.CRM.CreateMultiple", "{\"Targets\":["
                + "{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"A1\",\"accountnumber\":\"BULK-1\"},"
                + "{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"A2\",\"accountnumber\":\"BULK-2\"}]}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.path("@odata.context").asText()).endsWith("$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse");
        assertThat(body.path("Ids")).hasSize(2);
        assertThat(http.get("accounts(" + body.path("Ids").get(1).asText() + ")?$select=name").json().path("name").asText())
                .isEqualTo("A2");
    }

    @Test
    void oneBadTargetFailsTheWholeMessage() {
        Http.Reply r = http.post("accounts/Microsoft.Dynamics.CRM.CreateMultiple", "{\"Targets\":["
                + "{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"ALL-OR-NOTHING\"},"
                + "{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"" + "x".repeat(161) + "\"}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x80044331");
        assertThat(http.get("accounts?$filter=name eq 'ALL-OR-NOTHING'").json().path("value")).isEmpty();
    }

    @Test
    void everyTargetNeedsItsOdataType() {
        Http.Reply r = http.post("accounts/Microsoft.Dynamics.CRM.CreateMultiple", "{\"Targets\":[{\"name\":\"untyped\"}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("@odata.type");
    }

    @Test
    void updateMultipleNeedsExistingRecords() {
        String id = Http.idOf(http.post("contacts", "{\"lastname\":\"Before\"}"));
        Http.Reply ok = http.post("contacts/Microsoft.Dynamics.CRM.UpdateMultiple", "{\"Targets\":[{\"@odata.type\":"
                + "\"Microsoft.Dynamics.CRM.contact\",\"contactid\":\"" + id + "\",\"lastname\":\"After\"}]}");
        assertThat(ok.status()).isEqualTo(204);
        assertThat(http.get("contacts(" + id + ")?$select=lastname").json().path("lastname").asText()).isEqualTo("After");
        String missing = UUID.randomUUID().toString();
        Http.Reply bad = http.post("contacts/Microsoft.Dynamics.CRM.UpdateMultiple", "{\"Targets\":[{\"@odata.type\":"
                + "\"Microsoft.Dynamics.CRM.contact\",\"contactid\":\"" + missing + "\",\"lastname\":\"X\"}]}");
        assertThat(bad.status()).isEqualTo(404);
        assertThat(bad.errorMessage()).isEqualTo("Contact With Ids = " + missing + " Do Not Exist");
    }

    @Test
    void upsertMultipleByPrimaryKeyCreatesAndUpdates() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String targets = "{\"Targets\":[{\"@odata.type\":\"Microsoft.Dynamics.CRM.lead\",\"leadid\":\"" + a + "\",\"lastname\":\"L1\"},"
                + "{\"@odata.type\":\"Microsoft.Dynamics.CRM.lead\",\"leadid\":\"" + b + "\",\"lastname\":\"L2\"}]}";
        assertThat(http.post("leads/Microsoft.Dynamics.CRM.UpsertMultiple", targets).status()).isEqualTo(204);
        assertThat(http.post("leads/Microsoft.Dynamics.CRM.UpsertMultiple", targets.replace("L2", "L2b")).status()).isEqualTo(204);
        assertThat(http.get("leads(" + b + ")?$select=lastname").json().path("lastname").asText()).isEqualTo("L2b");
        assertThat(http.get("leads?$filter=startswith(lastname,'L')&$count=true").json().path("@odata.count").asInt()).isEqualTo(2);
    }

    @Test
    void tablesWithoutTheMessageRefuseIt() {
        Http.Reply r = http.post("tasks/Microsoft.Dynamics.CRM.CreateMultiple",
                "{\"Targets\":[{\"@odata.type\":\"Microsoft.Dynamics.CRM.task\",\"subject\":\"t\"}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("does not support entities of type 'task'");
    }

    @Test
    void sdkMessageFiltersTellWhichTablesSupportAMessage() {
        String q = "sdkmessagefilters?$select=sdkmessagefilterid&$filter=sdkmessageid/name eq @message and "
                + "primaryobjecttypecode eq @table&@message='CreateMultiple'&@table=";
        assertThat(http.get(q + "'account'").json().path("value")).hasSize(1);
        assertThat(http.get(q + "'task'").json().path("value")).isEmpty();
    }
}
