package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DATAVERSE.md §6.4–§6.5: win/lose through actions only, task completion through statecode/statuscode. */
@ExtendWith(EmulatorExtension.class)
class ActionsConformanceTest {
    private static Http http;

    @BeforeAll
    static void connect(Emulator e) {
        http = new Http(e);
    }

    private static String opportunity() {
        return Http.idOf(http.post("opportunities", "{\"name\":\"Deal\",\"estimatedvalue\":1000}"));
    }

    @Test
    void winOpportunityClosesItAndCreatesTheCloseActivity() {
        String id = opportunity();
        Http.Reply r = http.post("WinOpportunity", "{\"OpportunityClose\":{\"@odata.type\":\"Microsoft.Dynamics.CRM.opportunityclose\","
                + "\"opportunityid@odata.bind\":\"/opportunities(" + id + ")\",\"subject\":\"Won (migrated)\","
                + "\"actualrevenue\":125000,\"actualend\":\"2024-03-31\"},\"Status\":3}");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        JsonNode opp = http.get("opportunities(" + id + ")?$select=statecode,statuscode,actualvalue,actualclosedate").json();
        assertThat(opp.path("statecode").asInt()).isEqualTo(1);
        assertThat(opp.path("statuscode").asInt()).isEqualTo(3);
        assertThat(opp.path("actualclosedate").asText()).isEqualTo("2024-03-31");
        JsonNode closes = http.get("opportunitycloses?$select=subject,statecode&$filter=_opportunityid_value eq " + id).json();
        assertThat(closes.path("value")).hasSize(1);
        assertThat(closes.path("value").get(0).path("statecode").asInt()).isEqualTo(1);
    }

    @Test
    void loseOpportunityWithAStatusOfTheLostState() {
        String id = opportunity();
        String close = "{\"OpportunityClose\":{\"opportunityid@odata.bind\":\"/opportunities(" + id + ")\",\"subject\":\"Lost\"},\"Status\":";
        Http.Reply wrong = http.post("LoseOpportunity", close + "3}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(http.post("LoseOpportunity", close + "5}").status()).isEqualTo(204);
        assertThat(http.get("opportunities(" + id + ")?$select=statecode").json().path("statecode").asInt()).isEqualTo(2);
        assertThat(http.post("WinOpportunity", close.replace("Lost", "Again") + "3}").status()).isEqualTo(400);
    }

    @Test
    void settingWonOrLostThroughStatecodeIsRejected() {
        String id = opportunity();
        Http.Reply won = http.patch("opportunities(" + id + ")", "{\"statecode\":1,\"statuscode\":3}");
        assertThat(won.status()).isEqualTo(400);
        assertThat(won.errorMessage()).isEqualTo("This message can not be used to set the state of opportunity to Won. In "
                + "order to set the state of opportunity to Won, use the WinOpportunityRequest message instead.");
        Http.Reply lost = http.patch("opportunities(" + id + ")", "{\"statecode\":2}");
        assertThat(lost.errorMessage()).contains("use the LoseOpportunityRequest message instead.");
    }

    @Test
    void aTaskIsCompletedThroughStatecodeAndThenReadOnlyUntilReopened() {
        String id = Http.idOf(http.post("tasks", "{\"subject\":\"Follow up\"}"));
        assertThat(http.get("tasks(" + id + ")?$select=statuscode").json().path("statuscode").asInt()).isEqualTo(2);
        assertThat(http.patch("tasks(" + id + ")", "{\"statecode\":1,\"statuscode\":5,\"actualend\":\"2024-05-01T10:00:00Z\"}").status())
                .isEqualTo(204);
        assertThat(http.patch("tasks(" + id + ")", "{\"subject\":\"Edited\"}").status()).isEqualTo(400);
        assertThat(http.patch("tasks(" + id + ")", "{\"statecode\":0,\"statuscode\":2}").status()).isEqualTo(204);
        assertThat(http.patch("tasks(" + id + ")", "{\"subject\":\"Edited\"}").status()).isEqualTo(204);
        Http.Reply mismatch = http.patch("tasks(" + id + ")", "{\"statecode\":1,\"statuscode\":2}");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.errorMessage()).startsWith("2 is not a valid status code for state code TaskState.Completed");
    }

    @Test
    void publishingAnswers204() {
        assertThat(http.post("PublishXml", "{\"ParameterXml\":\"<importexportxml><entities><entity>account</entity>"
                + "</entities></importexportxml>\"}").status()).isEqualTo(204);
        assertThat(http.send("POST", "PublishAllXml", null).status()).isEqualTo(204);
    }
}
