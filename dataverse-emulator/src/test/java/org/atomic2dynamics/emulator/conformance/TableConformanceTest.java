package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DATAVERSE.md §5 and create-update-entity-definitions-using-web-api.md: a custom table created with
 * {@code POST EntityDefinitions} — its shape and entity set name, the duplicate error, CRUD, queries, bulk
 * messages and $batch on it, columns, keys, and lookups to and from it.
 */
class TableConformanceTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withKeyActivationDelay(Duration.ofMillis(100)));
    private static Http http;

    @BeforeAll
    static void publisherSolutionAndTable() {
        http = new Http(EMULATOR.emulator());
        Tables.publisherAndSolution(http);
        Http.Reply created = Tables.create(http, "atm_Campaigns", "Campaign", "Campaigns");
        assertThat(created.status()).as(created.body()).isEqualTo(204);
        assertThat(created.header("OData-EntityId")).matches(".*/api/data/v9\\.2/EntityDefinitions\\([0-9a-f-]{36}\\)");
    }

    @Test
    void theTableHasTheShapeDataverseGivesIt() {
        JsonNode e = http.get("EntityDefinitions(LogicalName='atm_campaigns')?$select=LogicalName,SchemaName,EntitySetName,"
                + "PrimaryIdAttribute,PrimaryNameAttribute,OwnershipType,IsCustomEntity,DisplayCollectionName,MetadataId").json();
        assertThat(e.path("SchemaName").asText()).isEqualTo("atm_Campaigns");
        assertThat(e.path("EntitySetName").asText()).isEqualTo("atm_campaignses");
        assertThat(e.path("PrimaryIdAttribute").asText()).isEqualTo("atm_campaignsid");
        assertThat(e.path("PrimaryNameAttribute").asText()).isEqualTo("atm_name");
        assertThat(e.path("OwnershipType").asText()).isEqualTo("UserOwned");
        assertThat(e.path("IsCustomEntity").asBoolean()).isTrue();
        assertThat(e.path("DisplayCollectionName").path("LocalizedLabels").get(0).path("Label").asText()).isEqualTo("Campaigns");
        String byId = http.get("EntityDefinitions(" + e.path("MetadataId").asText() + ")?$select=LogicalName").json()
                .path("LogicalName").asText();
        assertThat(byId).isEqualTo("atm_campaigns");
        JsonNode attributes = http.get("EntityDefinitions(LogicalName='atm_campaigns')/Attributes?$select=LogicalName,"
                + "IsPrimaryName,IsCustomAttribute").json().path("value");
        assertThat(attributes.findValuesAsText("LogicalName")).contains("atm_campaignsid", "atm_name", "createdon",
                "modifiedon", "ownerid", "owningbusinessunit", "statecode", "statuscode", "overriddencreatedon");
        JsonNode name = http.get("EntityDefinitions(LogicalName='atm_campaigns')/Attributes(LogicalName='atm_name')"
                + "/Microsoft.Dynamics.CRM.StringAttributeMetadata?$select=MaxLength,IsPrimaryName,DisplayName").json();
        assertThat(name.path("IsPrimaryName").asBoolean()).isTrue();
        assertThat(name.path("MaxLength").asInt()).isEqualTo(400);
        assertThat(name.path("DisplayName").path("LocalizedLabels").get(0).path("Label").asText()).isEqualTo("Name");
    }

    @Test
    void theEntitySetIsTheDerivedPluralOrTheOneGiven() {
        assertThat(Tables.create(http, "atm_Category", "Category", "Categories").status()).isEqualTo(204);
        assertThat(http.get("EntityDefinitions(LogicalName='atm_category')?$select=EntitySetName").json()
                .path("EntitySetName").asText()).isEqualTo("atm_categories");
        assertThat(http.post("atm_categories", "{\"atm_name\":\"c\"}").status()).isEqualTo(204);
        Http.Reply chosen = http.post("EntityDefinitions", Tables.body("atm_Box", "Box", "Boxes")
                .replace("\"OwnershipType\"", "\"EntitySetName\":\"atm_crates\",\"OwnershipType\""), "MSCRM.SolutionUniqueName",
                Tables.SOLUTION);
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(204);
        assertThat(http.post("atm_crates", "{\"atm_name\":\"b\"}").status()).isEqualTo(204);
    }

    @Test
    void aSecondTableOfTheSameNameIsRefused() {
        Http.Reply again = Tables.create(http, "atm_Campaigns", "Campaign", "Campaigns");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("0x80044363");
        assertThat(again.errorMessage()).isEqualTo("An entity with the specified name already exists. Please specify a unique name.");
    }

    @Test
    void aTableNeedsThePrefixAndExactlyOnePrimaryName() {
        Http.Reply unprefixed = Tables.create(http, "new_Thing", "Thing", "Things");
        assertThat(unprefixed.errorMessage()).contains("'atm_'");
        String noPrimary = Tables.body("atm_Thing", "Thing", "Things").replace("\"IsPrimaryName\":true", "\"IsPrimaryName\":false");
        Http.Reply refused = http.post("EntityDefinitions", noPrimary, "MSCRM.SolutionUniqueName", Tables.SOLUTION);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).contains("exactly one primary name attribute");
        assertThat(http.get("EntityDefinitions(LogicalName='atm_thing')").status()).isEqualTo(404);
    }

    @Test
    void recordsAreCreatedReadQueriedUpdatedAndDeleted() {
        Http.Reply created = http.post("atm_campaignses", "{\"atm_name\":\"Spring\",\"overriddencreatedon\":\"2021-03-04T10:00:00Z\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(204);
        String id = Http.idOf(created);
        assertThat(created.header("OData-EntityId")).contains("/atm_campaignses(");
        JsonNode read = http.get("atm_campaignses(" + id + ")?$select=atm_name,createdon,statecode,statuscode,_ownerid_value").json();
        assertThat(read.path("createdon").asText()).isEqualTo("2021-03-04T10:00:00Z");
        assertThat(read.path("statecode").asInt()).isZero();
        assertThat(read.path("statuscode").asInt()).isEqualTo(1);
        assertThat(read.path("_ownerid_value").asText()).isEqualTo(EMULATOR.emulator()
                .applicationUserId(org.atomic2dynamics.emulator.EmulatorSettings.DEFAULT_CLIENT_ID).toString());
        assertThat(http.patch("atm_campaignses(" + id + ")", "{\"atm_name\":\"Spring 2\"}").status()).isEqualTo(204);
        assertThat(http.get("atm_campaignses?$select=atm_name&$filter=startswith(atm_name,'Spring')").json().path("value")
                .findValuesAsText("atm_name")).contains("Spring 2");
        assertThat(http.post("atm_campaignses", "{\"atm_nope\":1}").errorMessage())
                .isEqualTo("Could not find a property named 'atm_nope' on type 'Microsoft.Dynamics.CRM.atm_campaigns'.");
        assertThat(http.delete("atm_campaignses(" + id + ")").status()).isEqualTo(204);
        assertThat(http.get("atm_campaignses(" + id + ")").status()).isEqualTo(404);
    }

    @Test
    void bulkMessagesAndBatchWorkOnTheTable() {
        JsonNode filters = http.get("sdkmessagefilters?$select=name&$filter=primaryobjecttypecode eq 'atm_campaigns'").json();
        assertThat(filters.path("value").findValuesAsText("name")).contains("CreateMultiple atm_campaigns",
                "UpsertMultiple atm_campaigns", "UpdateMultiple atm_campaigns");
        String a = java.util.UUID.randomUUID().toString();
        Http.Reply bulk = http.post("atm_campaignses/Microsoft.Dynamics.CRM.UpsertMultiple", "{\"Targets\":["
                + "{\"@odata.type\":\"Microsoft.Dynamics.CRM.atm_campaigns\",\"atm_campaignsid\":\"" + a + "\",\"atm_name\":\"bulk\"}]}");
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(204);
        assertThat(http.get("atm_campaignses(" + a + ")?$select=atm_name").json().path("atm_name").asText()).isEqualTo("bulk");
        String batch = "--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                + "POST /api/data/v9.2/atm_campaignses HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"atm_name\":\"in batch\"}\r\n--b--\r\n";
        Http.Reply answer = http.post("$batch", batch, "Content-Type", "multipart/mixed; boundary=b");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("HTTP/1.1 204");
    }

    @Test
    void columnsKeysAndLookupsToAndFromTheTable() throws InterruptedException {
        assertThat(http.post("EntityDefinitions(LogicalName='atm_campaigns')/Attributes", "{\"@odata.type\":"
                + "\"Microsoft.Dynamics.CRM.StringAttributeMetadata\",\"SchemaName\":\"atm_AtomicId\",\"DisplayName\":"
                + Tables.label("Atomic id") + ",\"MaxLength\":100}", "MSCRM.SolutionUniqueName", Tables.SOLUTION).status()).isEqualTo(204);
        assertThat(http.post("EntityDefinitions(LogicalName='atm_campaigns')/Keys", "{\"SchemaName\":\"atm_campaigns_atomicid_key\","
                + "\"DisplayName\":" + Tables.label("key") + ",\"KeyAttributes\":[\"atm_atomicid\"]}", "MSCRM.SolutionUniqueName",
                Tables.SOLUTION).status()).isEqualTo(204);
        Http.Reply toCampaign = Tables.lookup(http, "atm_campaigns", "opportunity", "atm_CampaignId");
        assertThat(toCampaign.status()).as(toCampaign.body()).isEqualTo(204);
        assertThat(Tables.lookup(http, "account", "atm_campaigns", "atm_SponsorId").status()).isEqualTo(204);
        Thread.sleep(400);
        String account = Http.idOf(http.post("accounts", "{\"name\":\"Sponsor\"}"));
        Http.Reply byKey = http.patch("atm_campaignses(atm_atomicid='7')", "{\"atm_name\":\"Seven\",\"atm_SponsorId@odata.bind\":"
                + "\"/accounts(" + account + ")\"}");
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(204);
        String campaign = Http.idOf(byKey);
        Http.Reply deal = http.post("opportunities", "{\"name\":\"Deal\",\"atm_CampaignId@odata.bind\":\"/atm_campaignses("
                + campaign + ")\"}");
        assertThat(deal.status()).as(deal.body()).isEqualTo(204);
        assertThat(http.get("opportunities(" + Http.idOf(deal) + ")?$select=_atm_campaignid_value").json()
                .path("_atm_campaignid_value").asText()).isEqualTo(campaign);
        assertThat(http.get("atm_campaignses(" + campaign + ")?$select=_atm_sponsorid_value").json()
                .path("_atm_sponsorid_value").asText()).isEqualTo(account);
        assertThat(http.post("opportunities", "{\"name\":\"x\",\"atm_campaignid@odata.bind\":\"/atm_campaignses(" + campaign
                + ")\"}").errorCode()).isEqualTo("0x80048d19");
        assertThat(http.post("opportunities", "{\"name\":\"x\",\"atm_CampaignId@odata.bind\":\"/atm_campaignses("
                + java.util.UUID.randomUUID() + ")\"}").errorCode()).isEqualTo("0x80040217");
    }
}
