package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DATAVERSE.md §2.3–§2.4: $select, $filter, $orderby, $top, $count, $expand, paging. */
@ExtendWith(EmulatorExtension.class)
class QueryConformanceTest {
    private static Http http;
    private static String parent;

    @BeforeAll
    static void data(Emulator e) {
        http = new Http(e);
        parent = Http.idOf(http.post("accounts", "{\"name\":\"Q Parent\",\"accountnumber\":\"QP\"}"));
        for (int i = 0; i < 12; i++) {
            http.post("accounts", "{\"name\":\"Q Account " + i + "\",\"accountnumber\":\"Q-" + i + "\",\"numberofemployees\":"
                    + (i * 10) + ",\"parentaccountid@odata.bind\":\"/accounts(" + parent + ")\"}");
        }
        http.post("contacts", "{\"firstname\":\"Quinn\",\"lastname\":\"O'Brien\",\"emailaddress1\":\"quinn@example.com\","
                + "\"parentcustomerid_account@odata.bind\":\"/accounts(" + parent + ")\"}");
    }

    private static JsonNode values(String query) {
        Http.Reply r = http.get(query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("value");
    }

    @Test
    void filterWithComparisonsAndLogic() {
        assertThat(values("accounts?$select=name&$filter=accountnumber eq 'Q-3'")).hasSize(1);
        assertThat(values("accounts?$select=name&$filter=startswith(accountnumber,'Q-') and numberofemployees ge 50")).hasSize(7);
        assertThat(values("accounts?$select=name&$filter=numberofemployees lt 20 or accountnumber eq 'QP'")).hasSize(3);
        assertThat(values("accounts?$select=name&$filter=not contains(name,'account') and startswith(name,'q')")).hasSize(1);
        assertThat(values("accounts?$select=name&$filter=endswith(accountnumber,'-11')")).hasSize(1);
        assertThat(values("accounts?$select=name&$filter=accountnumber ne null and numberofemployees eq null")).hasSize(1);
    }

    @Test
    void stringLiteralsDoubleTheirQuotesAndCompareIgnoringCase() {
        assertThat(values("contacts?$select=fullname&$filter=lastname eq 'o''brien'")).hasSize(1);
    }

    @Test
    void lookupValuesAndTheInFunction() {
        assertThat(values("accounts?$select=name&$filter=_parentaccountid_value eq " + parent)).hasSize(12);
        assertThat(values("contacts?$select=fullname&$filter=_parentcustomerid_value eq " + parent)).hasSize(1);
        JsonNode in = values("accounts?$select=accountnumber&$filter=Microsoft.Dynamics.CRM.In(PropertyName='accountnumber',"
                + "PropertyValues=['Q-1','Q-2','nope'])");
        assertThat(in).hasSize(2);
    }

    @Test
    void orderByTopAndCount() {
        JsonNode r = http.get("accounts?$select=accountnumber&$filter=startswith(accountnumber,'Q-')"
                + "&$orderby=numberofemployees desc&$top=3&$count=true").json();
        assertThat(r.path("@odata.count").asInt()).isEqualTo(12);
        assertThat(r.path("value")).hasSize(3);
        assertThat(r.path("value").get(0).path("accountnumber").asText()).isEqualTo("Q-11");
        assertThat(r.has("@odata.nextLink")).isFalse();
    }

    @Test
    void expandASingleValuedLookup() {
        JsonNode v = values("accounts?$select=name&$filter=accountnumber eq 'Q-1'&$expand=parentaccountid($select=name)");
        assertThat(v.get(0).path("parentaccountid").path("name").asText()).isEqualTo("Q Parent");
        assertThat(v.get(0).path("parentaccountid").path("accountid").asText()).isEqualTo(parent);
    }

    @Test
    void pagesFollowTheNextLinkUntilTheEnd() {
        List<String> seen = new ArrayList<>();
        Http.Reply r = http.get("accounts?$select=accountnumber&$filter=startswith(accountnumber,'Q-')",
                "Prefer", "odata.maxpagesize=5");
        assertThat(r.header("Preference-Applied")).isEqualTo("odata.maxpagesize=5");
        int pages = 0;
        while (true) {
            pages++;
            JsonNode body = r.json();
            body.path("value").forEach(a -> seen.add(a.path("accountnumber").asText()));
            if (!body.has("@odata.nextLink")) {
                break;
            }
            assertThat(body.path("@odata.nextLink").asText()).contains("$skiptoken=");
            r = http.get(body.path("@odata.nextLink").asText(), "Prefer", "odata.maxpagesize=5");
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void unknownPropertiesInAQueryAreRejected() {
        Http.Reply r = http.get("accounts?$filter=nope eq 1");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x0");
    }
}
