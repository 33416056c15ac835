package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DATAVERSE.md §1.2 and §9 items 1–2: the token endpoint, 401 without a bearer, WhoAmI. */
@ExtendWith(EmulatorExtension.class)
class AuthConformanceTest {
    private static Http http;
    private static Emulator emulator;

    @BeforeAll
    static void connect(Emulator e) {
        emulator = e;
        http = new Http(e);
    }

    private static Http.Reply token(String clientId, String secret) {
        String form = "client_id=" + clientId + "&scope=" + URLEncoder.encode("https://contoso.crm.dynamics.com/.default",
                StandardCharsets.UTF_8) + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                + "&grant_type=client_credentials";
        return http.raw("POST", emulator.tokenUri(), form, null, "Content-Type", "application/x-www-form-urlencoded");
    }

    @Test
    void clientCredentialsGetABearerTokenThatTheApiAccepts() {
        Http.Reply r = token(EmulatorSettings.DEFAULT_CLIENT_ID, EmulatorSettings.DEFAULT_CLIENT_SECRET);
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isEqualTo(3599);
        String token = body.path("access_token").asText();
        Http.Reply who = http.raw("GET", emulator.apiUri().resolve("WhoAmI"), null, "Bearer " + token);
        assertThat(who.status()).isEqualTo(200);
    }

    @Test
    void aBadSecretIs400InvalidClient() {
        Http.Reply r = token(EmulatorSettings.DEFAULT_CLIENT_ID, "wrong");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(r.json().path("error_description").asText()).startsWith("AADSTS7000215:");
        assertThat(r.json().path("error_codes").get(0).asInt()).isEqualTo(7000215);
    }

    @Test
    void apiCallsWithoutAValidBearerAre401() {
        assertThat(http.raw("GET", emulator.apiUri().resolve("WhoAmI"), null, null).status()).isEqualTo(401);
        Http.Reply forged = http.raw("GET", emulator.apiUri().resolve("accounts"), null, "Bearer abc.def.ghi");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).startsWith("Bearer authorization_uri=");
    }

    @Test
    void whoAmIReturnsTheApplicationUserAndTheDopHint() {
        Http.Reply r = http.get("WhoAmI");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("x-ms-dop-hint")).isEqualTo("8");
        JsonNode body = r.json();
        assertThat(body.path("@odata.context").asText()).endsWith("$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse");
        assertThat(body.path("UserId").asText()).isEqualTo(emulator.applicationUserId(EmulatorSettings.DEFAULT_CLIENT_ID).toString());
        assertThat(body.path("BusinessUnitId").asText()).hasSize(36);
        assertThat(body.path("OrganizationId").asText()).hasSize(36);
        JsonNode user = http.get("systemusers(" + body.path("UserId").asText() + ")?$select=fullname,accessmode").json();
        assertThat(user.path("accessmode").asInt()).isEqualTo(4);
    }

    @Test
    void postingWhoAmIFindsNoResource() {
        Http.Reply r = http.post("WhoAmI", "{}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorMessage()).startsWith("No HTTP resource was found that matches the request URI");
    }
}
