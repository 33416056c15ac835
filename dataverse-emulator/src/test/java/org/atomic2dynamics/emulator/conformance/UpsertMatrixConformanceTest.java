package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DATAVERSE.md §2.5: the conditional outcomes table, etags, 304, delete. */
@ExtendWith(EmulatorExtension.class)
class UpsertMatrixConformanceTest {
    private static Http http;

    @BeforeAll
    static void connect(Emulator e) {
        http = new Http(e);
    }

    private static String existing() {
        return Http.idOf(http.post("accounts", "{\"name\":\"Existing\"}"));
    }

    @Test
    void patchWithoutHeadersUpdatesAnExistingRecord() {
        String id = existing();
        Http.Reply r = http.patch("accounts(" + id + ")", "{\"name\":\"Updated\",\"revenue\":6000000}");
        assertThat(r.status()).isEqualTo(204);
        assertThat(r.header("OData-EntityId")).endsWith("accounts(" + id + ")");
        assertThat(http.get("accounts(" + id + ")?$select=name").json().path("name").asText()).isEqualTo("Updated");
    }

    @Test
    void patchWithoutHeadersCreatesAMissingRecordWithThatId() {
        String id = UUID.randomUUID().toString();
        assertThat(http.patch("accounts(" + id + ")", "{\"name\":\"Created\"}").status()).isEqualTo(204);
        assertThat(http.get("accounts(" + id + ")").status()).isEqualTo(200);
        Http.Reply rep = http.patch("accounts(" + UUID.randomUUID() + ")", "{\"name\":\"C2\"}", "Prefer", "return=representation");
        assertThat(rep.status()).isEqualTo(201);
        Http.Reply upd = http.patch("accounts(" + id + ")", "{\"name\":\"C3\"}", "Prefer", "return=representation");
        assertThat(upd.status()).isEqualTo(200);
        assertThat(upd.json().path("name").asText()).isEqualTo("C3");
    }

    @Test
    void ifMatchStarPreventsCreate() {
        String id = UUID.randomUUID().toString();
        Http.Reply r = http.patch("accounts(" + id + ")", "{\"name\":\"X\"}", "If-Match", "*");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorMessage()).isEqualTo("account With Id = " + id + " Does Not Exist");
        assertThat(http.patch("accounts(" + existing() + ")", "{\"name\":\"X\"}", "If-Match", "*").status()).isEqualTo(204);
    }

    @Test
    void ifNoneMatchStarPreventsUpdate() {
        Http.Reply r = http.patch("accounts(" + existing() + ")", "{\"name\":\"X\"}", "If-None-Match", "*");
        assertThat(r.status()).isEqualTo(412);
        assertThat(r.errorMessage()).isEqualTo("A record with matching key values already exists.");
        assertThat(http.patch("accounts(" + UUID.randomUUID() + ")", "{\"name\":\"X\"}", "If-None-Match", "*").status())
                .isEqualTo(204);
    }

    @Test
    void staleEtagIs412AndCurrentEtagUpdates() {
        String id = existing();
        String etag = http.get("accounts(" + id + ")").json().path("@odata.etag").asText();
        assertThat(http.patch("accounts(" + id + ")", "{\"name\":\"v2\"}", "If-Match", etag).status()).isEqualTo(204);
        Http.Reply stale = http.patch("accounts(" + id + ")", "{\"name\":\"v3\"}", "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.errorMessage()).isEqualTo("The version of the existing record doesn't match the RowVersion property provided.");
    }

    @Test
    void getWithTheCurrentEtagIs304() {
        String id = existing();
        String etag = http.get("accounts(" + id + ")").json().path("@odata.etag").asText();
        assertThat(http.get("accounts(" + id + ")", "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(http.get("accounts(" + id + ")", "If-None-Match", "null").status()).isEqualTo(200);
    }

    @Test
    void deleteAnswers204ThenTheRecordIsGone() {
        String id = existing();
        assertThat(http.delete("accounts(" + id + ")").status()).isEqualTo(204);
        Http.Reply gone = http.get("accounts(" + id + ")");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorCode()).isEqualTo("0x80040217");
        assertThat(gone.errorMessage()).isEqualTo("account With Id = " + id + " Does Not Exist");
        assertThat(http.delete("accounts(" + id + ")").status()).isEqualTo(404);
    }
}
