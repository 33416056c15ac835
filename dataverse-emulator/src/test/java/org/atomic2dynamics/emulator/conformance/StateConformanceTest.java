package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.SeedUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --data persistence and the /_emulator endpoints: reset, counters, state, snapshot/compare/restore. */
class StateConformanceTest {
    private static final String LABEL = "{\"LocalizedLabels\":[{\"Label\":\"Ext\",\"LanguageCode\":1033}]}";

    @Test
    void stateSurvivesACleanStopAndIsReloaded(@TempDir Path dir) throws Exception {
        EmulatorSettings settings = EmulatorSettings.defaults().withDataDir(dir).withKeyActivationDelay(Duration.ofMillis(50))
                .withUsers(List.of(new SeedUser("ann@example.com", "Ann", "Lee", false)));
        String id;
        String etag;
        try (Emulator e = Emulator.start(settings)) {
            Http http = new Http(e);
            assertThat(http.post("EntityDefinitions(LogicalName='account')/Attributes", "{\"@odata.type\":"
                    + "\"Microsoft.Dynamics.CRM.StringAttributeMetadata\",\"SchemaName\":\"new_Ext\",\"DisplayName\":" + LABEL
                    + ",\"MaxLength\":20}").status()).isEqualTo(204);
            assertThat(http.post("EntityDefinitions(LogicalName='account')/Keys", "{\"SchemaName\":\"new_ext_key\","
                    + "\"DisplayName\":" + LABEL + ",\"KeyAttributes\":[\"new_ext\"]}").status()).isEqualTo(204);
            Thread.sleep(300);
            Http.Reply created = http.post("accounts", "{\"name\":\"Kept\",\"new_ext\":\"K-1\",\"revenue\":12.5,"
                    + "\"overriddencreatedon\":\"2020-02-03T04:05:06Z\"}");
            id = Http.idOf(created);
            etag = http.get("accounts(" + id + ")").json().path("@odata.etag").asText();
        }
        assertThat(Files.exists(dir.resolve("state.json"))).isTrue();
        assertThat(Files.exists(dir.resolve("state.json.tmp"))).isFalse();
        try (Emulator e = Emulator.start(settings)) {
            Http http = new Http(e);
            JsonNode a = http.get("accounts(" + id + ")?$select=name,new_ext,revenue,createdon").json();
            assertThat(a.path("name").asText()).isEqualTo("Kept");
            assertThat(a.path("new_ext").asText()).isEqualTo("K-1");
            assertThat(a.path("createdon").asText()).isEqualTo("2020-02-03T04:05:06Z");
            assertThat(a.path("@odata.etag").asText()).isEqualTo(etag);
            assertThat(http.get("accounts(new_ext='K-1')?$select=name").status()).isEqualTo(200);
            assertThat(http.post("accounts", "{\"name\":\"dup\",\"new_ext\":\"K-1\"}").errorCode()).isEqualTo("0x80060892");
            assertThat(http.get("systemusers?$filter=internalemailaddress eq 'ann@example.com'").json().path("value")).hasSize(1);
            String newEtag = http.get("accounts(" + id + ")").json().path("@odata.etag").asText();
            http.patch("accounts(" + id + ")", "{\"name\":\"Changed\"}");
            assertThat(http.get("accounts(" + id + ")").json().path("@odata.etag").asText()).isNotEqualTo(newEtag);
        }
    }

    @Test
    void snapshotCompareRestoreResetAndCounters() {
        try (Emulator e = Emulator.start(EmulatorSettings.defaults())) {
            Http http = new Http(e);
            String kept = Http.idOf(http.post("accounts", "{\"name\":\"before\"}"));
            String gone = Http.idOf(http.post("accounts", "{\"name\":\"to delete\"}"));
            assertThat(admin(http, e, "POST", "snapshot?name=s1").path("records").asInt()).isPositive();
            String created = Http.idOf(http.post("accounts", "{\"name\":\"after\"}"));
            http.patch("accounts(" + kept + ")", "{\"name\":\"changed\"}");
            http.delete("accounts(" + gone + ")");
            JsonNode diff = admin(http, e, "GET", "compare?name=s1");
            assertThat(diff.path("created").findValuesAsText("id")).containsExactly(created);
            assertThat(diff.path("updated").findValuesAsText("id")).containsExactly(kept);
            assertThat(diff.path("deleted").findValuesAsText("id")).containsExactly(gone);
            assertThat(http.raw("POST", e.baseUri().resolve("_emulator/restore?name=s1"), "", null).status()).isEqualTo(204);
            assertThat(admin(http, e, "GET", "compare?name=s1").path("unchanged").asBoolean()).isTrue();
            JsonNode counters = admin(http, e, "GET", "counters");
            assertThat(counters.path("requests").asInt()).isEqualTo(5);
            assertThat(counters.path("recordsWritten").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(admin(http, e, "GET", "state").path("tables").path("account").asInt()).isEqualTo(2);
            e.reset();
            assertThat(http.get("accounts(" + kept + ")").status()).isEqualTo(404);
            assertThat(http.get("WhoAmI").status()).isEqualTo(200);
            assertThat(http.get("accounts(" + UUID.randomUUID() + ")").status()).isEqualTo(404);
        }
    }

    @Test
    void aCustomTableWithItsRecordsAndLookupsSurvivesAStopAndAReset(@TempDir Path dir) {
        EmulatorSettings settings = EmulatorSettings.defaults().withDataDir(dir);
        String campaign;
        String deal;
        try (Emulator e = Emulator.start(settings)) {
            Http http = new Http(e);
            Tables.publisherAndSolution(http);
            assertThat(Tables.create(http, "atm_Campaign", "Campaign", "Campaigns").status()).isEqualTo(204);
            assertThat(Tables.lookup(http, "atm_campaign", "opportunity", "atm_CampaignId").status()).isEqualTo(204);
            admin(http, e, "POST", "snapshot?name=before");
            campaign = Http.idOf(http.post("atm_campaigns", "{\"atm_name\":\"Kept\"}"));
            deal = Http.idOf(http.post("opportunities", "{\"name\":\"D\",\"atm_CampaignId@odata.bind\":\"/atm_campaigns("
                    + campaign + ")\"}"));
            assertThat(admin(http, e, "GET", "compare?name=before").path("created").findValuesAsText("table"))
                    .contains("atm_campaign", "opportunity");
        }
        try (Emulator e = Emulator.start(settings)) {
            Http http = new Http(e);
            assertThat(http.get("atm_campaigns(" + campaign + ")?$select=atm_name").json().path("atm_name").asText()).isEqualTo("Kept");
            assertThat(http.get("opportunities(" + deal + ")?$select=_atm_campaignid_value").json()
                    .path("_atm_campaignid_value").asText()).isEqualTo(campaign);
            assertThat(http.get("EntityDefinitions(LogicalName='atm_campaign')?$select=IsCustomEntity").json()
                    .path("IsCustomEntity").asBoolean()).isTrue();
            assertThat(http.get("sdkmessagefilters?$filter=primaryobjecttypecode eq 'atm_campaign'").json().path("value")).isNotEmpty();
            e.reset();
            assertThat(http.get("EntityDefinitions(LogicalName='atm_campaign')").status()).isEqualTo(404);
            assertThat(admin(http, e, "GET", "state").path("tables").has("atm_campaign")).isFalse();
        }
        try (Emulator e = Emulator.start(settings)) {
            assertThat(new Http(e).get("atm_campaigns").status()).isEqualTo(404);
        }
    }

    @Test
    void theRequestJournalListsWhatWasSentWithoutTheToken() {
        try (Emulator e = Emulator.start(EmulatorSettings.defaults())) {
            Http http = new Http(e);
            http.post("accounts", "{\"name\":\"a\"}", "Prefer", "return=representation");
            http.get("accounts?$select=name&$top=1");
            http.raw("GET", e.apiUri().resolve("WhoAmI"), null, null);
            JsonNode requests = admin(http, e, "GET", "requests").path("requests");
            assertThat(requests).hasSize(3);
            assertThat(requests.get(0).path("method").asText()).isEqualTo("POST");
            assertThat(requests.get(0).path("path").asText()).isEqualTo("accounts");
            assertThat(requests.get(0).path("status").asInt()).isEqualTo(201);
            assertThat(requests.get(0).path("headers").path("Prefer").asText()).isEqualTo("return=representation");
            assertThat(requests.get(1).path("query").asText()).isEqualTo("$select=name&$top=1");
            assertThat(requests.get(2).path("status").asInt()).isEqualTo(401);
            assertThat(requests.toString()).doesNotContain("Bearer").doesNotContain("Authorization");
            e.reset();
            assertThat(admin(http, e, "GET", "requests").path("requests")).isEmpty();
        }
    }

    private static JsonNode admin(Http http, Emulator e, String method, String path) {
        Http.Reply r = http.raw(method, e.baseUri().resolve("_emulator/" + path), method.equals("POST") ? "" : null, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
