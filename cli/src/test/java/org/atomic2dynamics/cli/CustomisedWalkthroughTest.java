package org.atomic2dynamics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.atomic2dynamics.source.Customisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customised Atomic CRM — a custom column of every Postgres type family on contacts, a custom table
 * (campaigns) and a custom foreign key (deals.campaign_id) — migrated command by command: plan, confirm,
 * schema --apply (twice: the second creates nothing), migrate. Every source table reconciles, nothing is
 * rejected, and Dynamics holds the campaigns, the deals' lookups to them and every custom column's value.
 */
@ExtendWith(EmbeddedSourceExtension.class)
class CustomisedWalkthroughTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s
            .withKeyActivationDelay(java.time.Duration.ofMillis(200)));

    @TempDir
    Path dir;

    @Test
    void aCustomTableAndCustomLookupArriveWithEveryCustomValue(EmbeddedSource postgres) throws Exception {
        SourceDatabase db = postgres.freshDatabase(DatabaseSpec.demo());
        Customisations.apply(db);
        Map<Long, Long> dealCampaigns = CustomRows.insert(db);
        Path pw = Files.writeString(dir.resolve("pw"), db.password());
        Path secret = Files.writeString(dir.resolve("secret"), EmulatorSettings.DEFAULT_CLIENT_SECRET);
        Path mapping = dir.resolve("mapping.yaml");
        Emulator emu = EMULATOR.emulator();
        List<String> src = List.of("--source", db.uri(), "--source-password-file", pw.toString());
        List<String> tgt = List.of("--target", emu.baseUri().toString(), "--tenant", emu.tenant(), "--client-id",
                EmulatorSettings.DEFAULT_CLIENT_ID, "--client-secret-file", secret.toString());
        List<String> map = List.of("--mapping", mapping.toString());

        CommandRun.of(List.of("plan"), src, List.of("--out", mapping.toString())).ok();
        CommandRun.of(List.of("confirm", mapping.toString(), "--by", "tester")).ok();
        CommandRun plan = CommandRun.of(List.of("schema"), tgt, map).ok();
        assertThat(plan.out()).containsPattern("CREATE +TABLE +atm_campaign — entity set atm_campaigns")
                .containsPattern("CREATE +LOOKUP +opportunity.atm_campaign_id — to atm_campaign");
        assertThat(CommandRun.of(List.of("schema"), tgt, map, List.of("--apply")).ok().out())
                .containsPattern("Applied: [1-9][0-9]* item\\(s\\) created");
        assertThat(CommandRun.of(List.of("schema"), tgt, map, List.of("--apply")).ok().out()).contains("Applied: 0 item(s) created");

        CommandRun migrate = CommandRun.of(List.of("migrate"), src, tgt, map, List.of("--out", dir.resolve("run").toString(),
                "--fallback-owner", "atomic2dynamics"));
        JsonNode report = JSON.readTree(dir.resolve("run/report.json").toFile());
        assertThat(report.path("rejects")).as("nothing rejected; only the unmatched sales users are held (fallback owner)")
                .allSatisfy(r -> assertThat(r.path("phase").asText() + " " + r.path("code").asText())
                        .as(r.toString()).isEqualTo("sales → systemuser OWNER_MISSING"));
        assertThat(report.at("/run/status").asText()).as(migrate.out()).isEqualTo("succeeded");
        assertThat(migrate.exitCode()).isZero();
        assertThat(report.at("/run/reconciles").asBoolean()).isTrue();
        Map<String, JsonNode> tallies = new HashMap<>();
        report.path("reconciliation").forEach(t -> tallies.put(t.path("source_table").asText(), t));
        assertThat(tallies).containsKeys("companies", "contacts", "deals", "tasks", "contact_notes", "deal_notes", "campaigns");
        assertThat(tallies.values()).allSatisfy(t -> assertThat(t.path("balances").asBoolean()).as(t.toString()).isTrue());
        assertThat(tallies.get("campaigns").path("source").asInt()).isEqualTo(CustomRows.CAMPAIGNS.size());

        Map<String, String> campaignBySource = new HashMap<>();
        for (JsonNode c : get(emu, "atm_campaigns?$select=atm_campaignid,atm_name,atm_atomicid,atm_starts").path("value")) {
            campaignBySource.put(c.path("atm_atomicid").asText(), c.path("atm_campaignid").asText());
        }
        assertThat(get(emu, "atm_campaigns?$select=atm_name").path("value").findValuesAsText("atm_name"))
                .containsExactlyInAnyOrderElementsOf(CustomRows.CAMPAIGNS);
        for (Map.Entry<Long, Long> deal : dealCampaigns.entrySet()) {
            JsonNode opportunity = one(emu, "opportunities", "_atm_campaign_id_value", deal.getKey());
            assertThat(opportunity.path("_atm_campaign_id_value").asText()).as("deal " + deal.getKey())
                    .isEqualTo(campaignBySource.get(String.valueOf(deal.getValue())));
        }
        assertCustomValues(emu, db);
    }

    /** Every custom column of the customised contacts holds a value, wherever the contact landed. */
    private static void assertCustomValues(Emulator emu, SourceDatabase db) throws Exception {
        List<String> columns = new ArrayList<>();
        Customisations.CUSTOM_COLUMNS.keySet().forEach(d -> columns.add("atm_" + d.substring(0, d.indexOf(' '))));
        String select = String.join(",", columns);
        List<Long> ids;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            ids = CustomRows.ids(st, "contacts", CustomRows.CONTACTS);
        }
        for (long id : ids) {
            JsonNode record = one(emu, "contacts", select, id);
            if (record.isMissingNode()) {
                record = one(emu, "leads", select, id);
            }
            JsonNode r = record;
            assertThat(columns).allSatisfy(col -> assertThat(r.path(col).isNull() || r.path(col).isMissingNode())
                    .as("contact " + id + " " + col + " in " + r).isFalse());
            assertThat(r.path("atm_referred_by").asText()).isEqualTo("Ann");
            assertThat(r.path("atm_score").asInt()).isEqualTo(7);
            assertThat(r.path("atm_ratio").decimalValue()).isEqualByComparingTo("12.34");
            assertThat(r.path("atm_fee").decimalValue()).isEqualByComparingTo("99.95");
            assertThat(r.path("atm_vip").asBoolean()).isTrue();
            assertThat(r.path("atm_birthday").asText()).isEqualTo("1990-05-17");
            assertThat(r.path("atm_meta").asText()).contains("gold");
        }
    }

    /** The one record of an entity set whose audit column holds the source id (missing when there is none). */
    private static JsonNode one(Emulator emu, String entitySet, String select, long sourceId) throws Exception {
        JsonNode value = get(emu, entitySet + "?$select=" + select + "&$filter=" + URLEncoder.encode("atm_atomicid eq '"
                + sourceId + "'", StandardCharsets.UTF_8).replace("+", "%20")).path("value");
        assertThat(value.size()).isLessThanOrEqualTo(1);
        return value.path(0);
    }

    private static JsonNode get(Emulator emu, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(emu.apiUri().resolve(path))
                .header("Authorization", "Bearer " + emu.accessToken(EmulatorSettings.DEFAULT_CLIENT_ID)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
