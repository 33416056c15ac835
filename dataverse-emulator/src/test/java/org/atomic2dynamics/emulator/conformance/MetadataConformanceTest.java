package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DATAVERSE.md §5: columns of every type with publisher prefixes, option sets, keys Pending → Active. */
class MetadataConformanceTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withKeyActivationDelay(Duration.ofMillis(300)));
    private static final String SOLUTION = Tables.SOLUTION;
    private static Http http;

    @BeforeAll
    static void publisherAndSolution() {
        http = new Http(EMULATOR.emulator());
        Tables.publisherAndSolution(http);
    }

    private static String label(String text) {
        return Tables.label(text);
    }

    private static Http.Reply createColumn(String table, String body) {
        return http.post("EntityDefinitions(LogicalName='" + table + "')/Attributes", body, "MSCRM.SolutionUniqueName", SOLUTION);
    }

    @Test
    void aStringColumnCanBeWrittenOnlyOnceItExists() {
        assertThat(http.post("contacts", "{\"lastname\":\"x\",\"atm_sourceid\":\"1\"}").errorMessage())
                .isEqualTo("Could not find a property named 'atm_sourceid' on type 'Microsoft.Dynamics.CRM.contact'.");
        Http.Reply r = createColumn("contact", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.StringAttributeMetadata\","
                + "\"AttributeType\":\"String\",\"AttributeTypeName\":{\"Value\":\"StringType\"},\"SchemaName\":\"atm_SourceId\","
                + "\"DisplayName\":" + label("Source id") + ",\"RequiredLevel\":{\"Value\":\"None\"},\"MaxLength\":100,"
                + "\"FormatName\":{\"Value\":\"Text\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(r.header("OData-EntityId")).containsPattern("EntityDefinitions\\(LogicalName='contact'\\)/Attributes\\([0-9a-f-]{36}\\)");
        assertThat(http.post("contacts", "{\"lastname\":\"x\",\"atm_sourceid\":\"1\"}").status()).isEqualTo(204);
        assertThat(http.post("contacts", "{\"lastname\":\"x\",\"atm_sourceid\":\"" + "9".repeat(101) + "\"}").errorCode())
                .isEqualTo("0x80044331");
        JsonNode typed = http.get("EntityDefinitions(LogicalName='contact')/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata"
                + "?$select=LogicalName,MaxLength&$filter=IsCustomAttribute eq true").json();
        assertThat(typed.path("value").findValuesAsText("LogicalName")).contains("atm_sourceid");
    }

    @Test
    void theSchemaNameNeedsThePublisherPrefix() {
        Http.Reply r = createColumn("account", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.IntegerAttributeMetadata\","
                + "\"SchemaName\":\"new_Score\",\"DisplayName\":" + label("Score") + ",\"RequiredLevel\":{\"Value\":\"None\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("'atm_'");
    }

    @Test
    void columnsOfEveryTypeAreCreatedAndEnforced() {
        String[] bodies = {
            "{\"@odata.type\":\"Microsoft.Dynamics.CRM.IntegerAttributeMetadata\",\"SchemaName\":\"atm_Score\",\"MinValue\":0,\"MaxValue\":100",
            "{\"@odata.type\":\"Microsoft.Dynamics.CRM.DecimalAttributeMetadata\",\"SchemaName\":\"atm_Ratio\",\"MinValue\":0,\"MaxValue\":100,\"Precision\":1",
            "{\"@odata.type\":\"Microsoft.Dynamics.CRM.MoneyAttributeMetadata\",\"SchemaName\":\"atm_Arr\",\"MinValue\":0,\"MaxValue\":1000000000,\"Precision\":2,\"PrecisionSource\":2",
            "{\"@odata.type\":\"Microsoft.Dynamics.CRM.BooleanAttributeMetadata\",\"SchemaName\":\"atm_IsVip\",\"DefaultValue\":false,"
                    + "\"OptionSet\":{\"TrueOption\":{\"Value\":1,\"Label\":" + label("Yes") + "},\"FalseOption\":{\"Value\":0,\"Label\":" + label("No") + "}}",
            "{\"@odata.type\":\"Microsoft.Dynamics.CRM.DateTimeAttributeMetadata\",\"SchemaName\":\"atm_FirstSeen\",\"Format\":\"DateOnly\",\"DateTimeBehavior\":{\"Value\":\"DateOnly\"}",
            "{\"@odata.type\":\"Microsoft.Dynamics.CRM.MemoAttributeMetadata\",\"SchemaName\":\"atm_Background\",\"Format\":\"Text\",\"MaxLength\":500",
            "{\"@odata.type\":\"Microsoft.Dynamics.CRM.PicklistAttributeMetadata\",\"SchemaName\":\"atm_Tier\",\"OptionSet\":{\"IsGlobal\":false,"
                    + "\"OptionSetType\":\"Picklist\",\"Options\":[{\"Value\":727000000,\"Label\":" + label("Gold") + "},{\"Value\":727000001,\"Label\":" + label("Silver") + "}]}",
            "{\"@odata.type\":\"Microsoft.Dynamics.CRM.MultiSelectPicklistAttributeMetadata\",\"SchemaName\":\"atm_Tags\",\"OptionSet\":{\"IsGlobal\":false,"
                    + "\"OptionSetType\":\"Picklist\",\"Options\":[{\"Value\":727000000,\"Label\":" + label("A") + "},{\"Value\":727000001,\"Label\":" + label("B") + "}]}",
        };
        for (String b : bodies) {
            Http.Reply r = createColumn("lead", b + ",\"DisplayName\":" + label("x") + ",\"RequiredLevel\":{\"Value\":\"None\"}}");
            assertThat(r.status()).as(b + " -> " + r.body()).isEqualTo(204);
        }
        Http.Reply ok = http.post("leads", "{\"lastname\":\"t\",\"atm_score\":5,\"atm_ratio\":1.25,\"atm_arr\":10.5,\"atm_isvip\":true,"
                + "\"atm_firstseen\":\"2024-01-02\",\"atm_background\":\"b\",\"atm_tier\":727000001,\"atm_tags\":\"727000000,727000001\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(204);
        assertThat(http.post("leads", "{\"atm_score\":101}").errorCode()).isEqualTo("0x80044330");
        assertThat(http.post("leads", "{\"atm_tier\":1}").errorCode()).isEqualTo("0x8004431A");
        assertThat(http.post("leads", "{\"atm_tags\":\"727000000,5\"}").errorCode()).isEqualTo("0x8004431A");
        JsonNode lead = http.get("leads(" + Http.idOf(ok) + ")?$select=atm_ratio,atm_firstseen,atm_tags").json();
        assertThat(lead.path("atm_ratio").decimalValue()).isEqualByComparingTo("1.3");
        assertThat(lead.path("atm_firstseen").asText()).isEqualTo("2024-01-02");
    }

    @Test
    void aPicklistBoundToAGlobalOptionSetFollowsInsertOptionValue() {
        Http.Reply set = http.post("GlobalOptionSetDefinitions", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.OptionSetMetadata\","
                + "\"Name\":\"atm_stage\",\"DisplayName\":" + label("Stage") + ",\"IsGlobal\":true,\"OptionSetType\":\"Picklist\","
                + "\"Options\":[{\"Value\":727000000,\"Label\":" + label("Lead") + "}]}", "MSCRM.SolutionUniqueName", SOLUTION);
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        String setId = set.header("OData-EntityId").replaceAll(".*\\((.*)\\)$", "$1");
        Http.Reply col = createColumn("opportunity", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.PicklistAttributeMetadata\","
                + "\"SchemaName\":\"atm_Stage\",\"DisplayName\":" + label("Stage") + ",\"RequiredLevel\":{\"Value\":\"None\"},"
                + "\"GlobalOptionSet@odata.bind\":\"/GlobalOptionSetDefinitions(" + setId + ")\"}");
        assertThat(col.status()).as(col.body()).isEqualTo(204);
        assertThat(http.post("opportunities", "{\"name\":\"o\",\"atm_stage\":727000001}").errorCode()).isEqualTo("0x8004431A");
        Http.Reply insert = http.post("InsertOptionValue", "{\"OptionSetName\":\"atm_stage\",\"Label\":" + label("Won")
                + ",\"SolutionUniqueName\":\"" + SOLUTION + "\"}");
        assertThat(insert.json().path("NewOptionValue").asInt()).isEqualTo(727000001);
        assertThat(http.post("opportunities", "{\"name\":\"o\",\"atm_stage\":727000001}").status()).isEqualTo(204);
        JsonNode read = http.get("GlobalOptionSetDefinitions(Name='atm_stage')").json();
        assertThat(read.path("Options")).hasSize(2);
        JsonNode attr = http.get("EntityDefinitions(LogicalName='opportunity')/Attributes(LogicalName='atm_stage')"
                + "/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&$expand=GlobalOptionSet($select=Options)").json();
        assertThat(attr.path("GlobalOptionSet").path("Name").asText()).isEqualTo("atm_stage");
    }

    @Test
    void anAlternateKeyIsPendingThenActiveThenUnique() throws InterruptedException {
        createColumn("account", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.StringAttributeMetadata\",\"SchemaName\":\"atm_ExternalId\","
                + "\"DisplayName\":" + label("Atomic id") + ",\"RequiredLevel\":{\"Value\":\"None\"},\"MaxLength\":100}");
        Http.Reply key = http.post("EntityDefinitions(LogicalName='account')/Keys", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.EntityKeyMetadata\","
                + "\"SchemaName\":\"atm_account_externalid_key\",\"DisplayName\":" + label("Atomic Id key") + ",\"KeyAttributes\":[\"atm_externalid\"]}",
                "MSCRM.SolutionUniqueName", SOLUTION);
        assertThat(key.status()).as(key.body()).isEqualTo(204);
        assertThat(key.header("OData-EntityId")).contains("/Keys(");
        String keys = "EntityDefinitions(LogicalName='account')/Keys?$select=SchemaName,KeyAttributes,EntityKeyIndexStatus";
        assertThat(http.get(keys).json().path("value").get(0).path("EntityKeyIndexStatus").asText()).isEqualTo("Pending");
        assertThat(http.patch("accounts(atm_externalid='A-1')", "{\"name\":\"too early\"}").status()).isEqualTo(400);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!http.get(keys).json().path("value").get(0).path("EntityKeyIndexStatus").asText().equals("Active")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(http.get(keys).json().path("value").get(0).path("EntityKeyIndexStatus").asText()).isEqualTo("Active");
        Http.Reply created = http.patch("accounts(atm_externalid='A-1')", "{\"name\":\"by key\"}", "Prefer", "return=representation");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("atm_externalid").asText()).isEqualTo("A-1");
        Http.Reply updated = http.patch("accounts(atm_externalid='A-1')", "{\"name\":\"by key 2\"}", "Prefer", "return=representation");
        assertThat(updated.status()).isEqualTo(200);
        Http.Reply duplicate = http.post("accounts", "{\"name\":\"dup\",\"atm_externalid\":\"A-1\"}");
        assertThat(duplicate.status()).isEqualTo(412);
        assertThat(duplicate.errorCode()).isEqualTo("0x80060892");
        assertThat(duplicate.errorMessage()).startsWith("Entity Key atm_account_externalid_key violated.");
        Http.Reply bulk = http.post("accounts/Microsoft.Dynamics.CRM.UpsertMultiple", "{\"Targets\":["
                + "{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"@odata.id\":\"accounts(atm_externalid='A-1')\",\"name\":\"bulk 1\"},"
                + "{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"@odata.id\":\"accounts(atm_externalid='A-2')\",\"name\":\"bulk 2\"}]}");
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(204);
        assertThat(http.get("accounts(atm_externalid='A-2')?$select=name").json().path("name").asText()).isEqualTo("bulk 2");
        Http.Reply keyInBody = http.post("accounts/Microsoft.Dynamics.CRM.UpsertMultiple", "{\"Targets\":[{\"@odata.type\":"
                + "\"Microsoft.Dynamics.CRM.account\",\"@odata.id\":\"accounts(atm_externalid='A-3')\",\"atm_externalid\":\"A-3\"}]}");
        assertThat(keyInBody.errorCode()).isEqualTo("0x80040216");
    }

    @Test
    void entityDefinitionsReadWithAttributesAndKeys() {
        JsonNode e = http.get("EntityDefinitions(LogicalName='account')?$select=LogicalName,EntitySetName,PrimaryIdAttribute"
                + "&$expand=Attributes($select=LogicalName,AttributeType,RequiredLevel,IsValidForCreate)").json();
        assertThat(e.path("EntitySetName").asText()).isEqualTo("accounts");
        assertThat(e.path("PrimaryIdAttribute").asText()).isEqualTo("accountid");
        assertThat(e.path("Attributes").findValuesAsText("LogicalName")).contains("name", "industrycode");
        JsonNode list = http.get("EntityDefinitions?$select=LogicalName&$filter=LogicalName eq 'contact'").json();
        assertThat(list.path("value")).hasSize(1);
        JsonNode lookup = http.get("EntityDefinitions(LogicalName='contact')/Attributes(LogicalName='parentcustomerid')").json();
        assertThat(lookup.path("@odata.type").asText()).isEqualTo("#Microsoft.Dynamics.CRM.LookupAttributeMetadata");
        assertThat(lookup.path("Targets").toString()).contains("account", "contact");
    }
}
