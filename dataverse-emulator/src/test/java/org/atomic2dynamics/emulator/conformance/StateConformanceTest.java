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

    private static JsonNode admin(Http http, Emulator e, String method, String path) {
        Http.Reply r = http.raw(method, e.baseUri().resolve("_emulator/" + path), method.equals("POST") ? "" : null, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
