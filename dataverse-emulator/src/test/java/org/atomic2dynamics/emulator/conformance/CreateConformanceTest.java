package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DATAVERSE.md §2.2: create with 204 + OData-EntityId or 201 + body, client ids, binds, system fields. */
@ExtendWith(EmulatorExtension.class)
class CreateConformanceTest {
    private static Http http;
    private static Emulator emulator;

    @BeforeAll
    static void connect(Emulator e) {
        emulator = e;
        http = new Http(e);
    }

    @Test
    void createAnswers204WithTheEntityIdHeader() {
        Http.Reply r = http.post("accounts", "{\"name\":\"Contoso\",\"revenue\":5000000,\"industrycode\":7}");
        assertThat(r.status()).isEqualTo(204);
        assertThat(r.header("OData-Version")).isEqualTo("4.0");
        assertThat(r.header("OData-EntityId")).matches(emulator.apiUri() + "accounts\\([0-9a-f-]{36}\\)");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void returnRepresentationAnswers201WithTheSelectedBody() {
        Http.Reply r = http.post("accounts?$select=name,revenue", "{\"name\":\"Contoso\",\"revenue\":5000000}",
                "Prefer", "return=representation");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Preference-Applied")).isEqualTo("return=representation");
        assertThat(r.header("OData-EntityId")).isNull();
        assertThat(r.header("Content-Type")).startsWith("application/json; odata.metadata=minimal");
        JsonNode body = r.json();
        assertThat(body.path("@odata.context").asText()).isEqualTo(emulator.apiUri() + "$metadata#accounts(name,revenue)/$entity");
        assertThat(body.path("@odata.etag").asText()).matches("W/\"\\d+\"");
        assertThat(body.path("name").asText()).isEqualTo("Contoso");
        assertThat(body.path("revenue").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(r.body()).contains("\"revenue\":5000000.0000");
        assertThat(body.path("accountid").asText()).hasSize(36);
        assertThat(body.has("telephone1")).isFalse();
    }

    @Test
    void aClientSuppliedIdIsKeptAndADuplicateIs412() {
        String id = UUID.randomUUID().toString();
        Http.Reply first = http.post("accounts", "{\"accountid\":\"" + id + "\",\"name\":\"A\"}");
        assertThat(Http.idOf(first)).isEqualTo(id);
        Http.Reply again = http.post("accounts", "{\"accountid\":\"" + id + "\",\"name\":\"A\"}");
        assertThat(again.status()).isEqualTo(412);
        assertThat(again.errorCode()).isEqualTo("0x80040237");
    }

    @Test
    void thePlatformSetsOwnerStateCurrencyAndOverriddenCreatedOn() {
        String id = Http.idOf(http.post("accounts", "{\"name\":\"Dated\",\"overriddencreatedon\":\"2021-03-04T10:00:00Z\"}"));
        JsonNode a = http.get("accounts(" + id + ")").json();
        assertThat(a.path("createdon").asText()).isEqualTo("2021-03-04T10:00:00Z");
        assertThat(a.path("overriddencreatedon").asText()).isNotEqualTo("2021-03-04T10:00:00Z");
        assertThat(a.path("_ownerid_value").asText()).isEqualTo(emulator.applicationUserId(EmulatorSettings.DEFAULT_CLIENT_ID).toString());
        assertThat(a.path("statecode").asInt()).isZero();
        assertThat(a.path("statuscode").asInt()).isEqualTo(1);
        assertThat(a.path("_transactioncurrencyid_value").asText()).hasSize(36);
        assertThat(a.has("owneridname")).isFalse();
    }

    @Test
    void bindsSetLookupsReadBackAsValuesWithAnnotations() {
        String account = Http.idOf(http.post("accounts", "{\"name\":\"Parent Co\"}"));
        String contact = Http.idOf(http.post("contacts", "{\"firstname\":\"Ann\",\"lastname\":\"Lee\","
                + "\"parentcustomerid_account@odata.bind\":\"/accounts(" + account + ")\"}"));
        Http.Reply r = http.get("contacts(" + contact + ")?$select=fullname,_parentcustomerid_value",
                "Prefer", "odata.include-annotations=\"*\"");
        JsonNode c = r.json();
        assertThat(c.path("fullname").asText()).isEqualTo("Ann Lee");
        assertThat(c.path("_parentcustomerid_value").asText()).isEqualTo(account);
        assertThat(c.path("_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname").asText()).isEqualTo("account");
        assertThat(c.path("_parentcustomerid_value@Microsoft.Dynamics.CRM.associatednavigationproperty").asText())
                .isEqualTo("parentcustomerid_account");
        assertThat(c.path("_parentcustomerid_value@OData.Community.Display.V1.FormattedValue").asText()).isEqualTo("Parent Co");
    }

    @Test
    void polymorphicRegardingAndNoteBindsUseTheirSuffixedNames() {
        String opp = Http.idOf(http.post("opportunities", "{\"name\":\"Deal\"}"));
        Http.Reply task = http.post("tasks", "{\"subject\":\"Call\",\"regardingobjectid_opportunity_task@odata.bind\":\"/opportunities(" + opp + ")\"}");
        assertThat(task.status()).isEqualTo(204);
        Http.Reply note = http.post("annotations", "{\"notetext\":\"hi\",\"objectid_opportunity@odata.bind\":\"/opportunities(" + opp + ")\"}");
        assertThat(note.status()).isEqualTo(204);
        JsonNode n = http.get("annotations(" + Http.idOf(note) + ")?$select=_objectid_value").json();
        assertThat(n.path("_objectid_value").asText()).isEqualTo(opp);
    }

    @Test
    void formattedValuesComeOnRequest() {
        String id = Http.idOf(http.post("accounts", "{\"name\":\"F\",\"industrycode\":7,\"revenue\":1234.5}"));
        JsonNode a = http.get("accounts(" + id + ")?$select=industrycode,revenue",
                "Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"").json();
        assertThat(a.path("industrycode@OData.Community.Display.V1.FormattedValue").asText()).isEqualTo("Consulting");
        assertThat(a.path("revenue@OData.Community.Display.V1.FormattedValue").asText()).isEqualTo("$1,234.50");
        JsonNode plain = http.get("accounts(" + id + ")?$select=industrycode").json();
        assertThat(plain.has("industrycode@OData.Community.Display.V1.FormattedValue")).isFalse();
    }
}
