package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DATAVERSE.md §3.1: the documented $batch exchange, changeset atomicity, Content-ID, error handling. */
@ExtendWith(EmulatorExtension.class)
class BatchConformanceTest {
    private static final String CRLF = "\r\n";
    private static Http http;
    private static Emulator emulator;

    @BeforeAll
    static void connect(Emulator e) {
        emulator = e;
        http = new Http(e);
    }

    private static Http.Reply batch(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "multipart/mixed; boundary=\"batch_AAA123\"";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.send("POST", "$batch", body, all);
    }

    private static String part(String method, String url, String json) {
        return "Content-Type: application/http" + CRLF + "Content-Transfer-Encoding: binary" + CRLF + CRLF
                + method + " " + url + " HTTP/1.1" + CRLF
                + (json == null ? CRLF : "Content-Type: application/json; type=entry" + CRLF + CRLF + json + CRLF);
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    @Test
    void theDocumentedChangesetWithContentIdReferences() {
        String api = emulator.apiUri().toString();
        String body = "--batch_AAA123" + CRLF
                + "Content-Type: multipart/mixed; boundary=\"changeset_BBB456\"" + CRLF + CRLF
                + "--changeset_BBB456" + CRLF
                + "Content-Type: application/http" + CRLF + "Content-Transfer-Encoding: binary" + CRLF + "Content-ID: 1" + CRLF + CRLF
                + "POST " + api + "accounts HTTP/1.1" + CRLF + "Content-Type: application/json; type=entry" + CRLF + CRLF
                + "{\"name\":\"Batch Contoso\"}" + CRLF
                + "--changeset_BBB456" + CRLF
                + "Content-Type: application/http" + CRLF + "Content-Transfer-Encoding: binary" + CRLF + "Content-ID: 2" + CRLF + CRLF
                + "POST " + api + "contacts HTTP/1.1" + CRLF + "Content-Type: application/json; type=entry" + CRLF + CRLF
                + "{\"firstname\":\"Ann\",\"lastname\":\"Batch\",\"parentcustomerid_account@odata.bind\":\"$1\"}" + CRLF
                + "--changeset_BBB456--" + CRLF + CRLF
                + "--batch_AAA123" + CRLF + part("GET", api + "accounts?$select=name&$filter=name eq 'Batch Contoso'", null) + CRLF
                + "--batch_AAA123--" + CRLF;
        Http.Reply r = batch(body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Matcher boundary = Pattern.compile("multipart/mixed; boundary=(batchresponse_[0-9a-f-]{36})").matcher(r.header("Content-Type"));
        assertThat(boundary.find()).isTrue();
        String text = r.body();
        assertThat(text).contains("--" + boundary.group(1) + CRLF).endsWith("--" + boundary.group(1) + "--" + CRLF);
        assertThat(text).containsPattern("Content-Type: multipart/mixed; boundary=changesetresponse_[0-9a-f-]{36}");
        assertThat(count(text, "HTTP/1.1 204 No Content")).isEqualTo(2);
        assertThat(text).contains("Content-ID: 1" + CRLF).contains("Content-ID: 2" + CRLF)
                .contains("OData-EntityId: " + api + "contacts(").contains("Location: " + api + "accounts(");
        assertThat(text).contains("HTTP/1.1 200 OK").contains("\"name\":\"Batch Contoso\"");
        assertThat(http.get("contacts?$select=fullname&$filter=lastname eq 'Batch' and _parentcustomerid_value ne null")
                .json().path("value")).hasSize(1);
    }

    @Test
    void aFailingChangesetRollsBackAndStopsTheBatchWith400() {
        String body = "--batch_AAA123" + CRLF
                + "Content-Type: multipart/mixed; boundary=cs1" + CRLF + CRLF
                + "--cs1" + CRLF + part("POST", "/api/data/v9.2/accounts", "{\"name\":\"Rolled Back\"}")
                + "--cs1" + CRLF + part("POST", "/api/data/v9.2/tasks", "{\"subject\":\"" + "x".repeat(201) + "\"}")
                + "--cs1--" + CRLF
                + "--batch_AAA123" + CRLF + part("POST", "accounts", "{\"name\":\"Never Runs\"}")
                + "--batch_AAA123--" + CRLF;
        Http.Reply r = batch(body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("HTTP/1.1 400 Bad Request").contains("\"code\":\"0x80044331\"")
                .contains("A validation error occurred.  The length of the 'subject' attribute of the 'task' entity "
                        + "exceeded the maximum allowed length of '200'.")
                .doesNotContain("changesetresponse_");
        assertThat(http.get("accounts?$filter=name eq 'Rolled Back' or name eq 'Never Runs'").json().path("value")).isEmpty();
    }

    @Test
    void continueOnErrorRunsEveryPartAndAnswers200() {
        String body = "--batch_AAA123" + CRLF + part("POST", "accounts", "{\"name\":\"COE 1\"}")
                + "--batch_AAA123" + CRLF + part("POST", "accounts", "{\"bogus\":1}")
                + "--batch_AAA123" + CRLF + part("POST", "accounts", "{\"name\":\"COE 3\"}")
                + "--batch_AAA123--" + CRLF;
        Http.Reply r = batch(body, "Prefer", "odata.continue-on-error");
        assertThat(r.status()).isEqualTo(200);
        assertThat(count(r.body(), "HTTP/1.1 204 No Content")).isEqualTo(2);
        assertThat(r.body()).contains("HTTP/1.1 400 Bad Request").contains("\"code\":\"0x0\"");
        assertThat(http.get("accounts?$filter=startswith(name,'COE')").json().path("value")).hasSize(2);
    }

    @Test
    void aForwardContentIdReferenceIsRejected() {
        String body = "--batch_AAA123" + CRLF
                + "Content-Type: multipart/mixed; boundary=cs2" + CRLF + CRLF
                + "--cs2" + CRLF + "Content-Type: application/http" + CRLF + "Content-Transfer-Encoding: binary" + CRLF
                + "Content-ID: 1" + CRLF + CRLF + "POST contacts HTTP/1.1" + CRLF + "Content-Type: application/json" + CRLF + CRLF
                + "{\"lastname\":\"F\",\"parentcustomerid_account@odata.bind\":\"$2\"}" + CRLF
                + "--cs2--" + CRLF + "--batch_AAA123--" + CRLF;
        Http.Reply r = batch(body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Content-ID Reference: '$2' does not exist in the batch context.");
    }

    @Test
    void bareLineFeedsAreNotReadable() {
        Http.Reply r = batch("--batch_AAA123\nContent-Type: application/http\n\nGET accounts HTTP/1.1\n\n--batch_AAA123--\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x80048d19");
        assertThat(r.errorMessage()).isEqualTo("Stream was not readable.");
    }

    @Test
    void moreThanAThousandRequestsAreRefused() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            body.append("--batch_AAA123").append(CRLF).append(part("GET", "WhoAmI", null));
        }
        body.append("--batch_AAA123--").append(CRLF);
        Http.Reply r = batch(body.toString());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("1001").contains("1000");
    }
}
