package org.atomic2dynamics.dataverse.client.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.fixture.Scripted;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer.Reply;
import org.atomic2dynamics.dataverse.client.schema.PlanItem.Action;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The metadata requests of plan and apply, in order and shape, against scripted answers. */
class SchemaSetupScriptedTest {
    private static final String EMPTY = "{\"value\":[]}";
    private ScriptedServer server;
    private DataverseClient client;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer();
        client = Scripted.connect(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static SchemaRequirements requirements() {
        OptionSetDef stage = new OptionSetDef("atm_dealstage", "Deal stage",
                List.of(OptionDef.of(727000000, "Lead"), OptionDef.of(727000001, "Won")));
        ColumnDef externalId = new ColumnDef("atm_externalid", "atm_ExternalId", AttributeType.STRING, RequiredLevel.NONE,
                true, true, 100, null, null, null, null, null, List.of(), List.of(), null, true);
        ColumnDef stageColumn = new ColumnDef("atm_stage", "atm_Stage", AttributeType.PICKLIST, RequiredLevel.NONE,
                true, true, null, null, null, null, null, null, List.of(), List.of(), "atm_dealstage", true);
        return new SchemaRequirements(SchemaRequirements.Publisher.atomic(), SchemaRequirements.Solution.atomic(),
                List.of(stage), Map.of("opportunity", List.of(externalId, stageColumn)),
                List.of(new KeyDef("opportunity", "atm_opportunity_externalid", List.of("atm_externalid"), null)));
    }

    private void scriptNothingExists() {
        server.then(Reply.json(200, EMPTY)).then(Reply.json(200, EMPTY))             // publisher, solution
                .then(Reply.json(404, "{\"error\":{\"code\":\"0x80040217\",\"message\":\"not found\"}}"))  // option set
                .then(Reply.json(200, "{\"value\":[{\"LogicalName\":\"name\",\"AttributeType\":\"String\","
                        + "\"AttributeTypeName\":{\"Value\":\"StringType\"}}]}"))   // attributes
                .then(Reply.json(200, EMPTY));                                        // keys
    }

    @Test
    void planOnlyReadsWithStrongConsistencyAndListsWhatWillBeCreated() {
        scriptNothingExists();
        SchemaPlan plan = new SchemaSetup(client).plan(requirements());

        assertThat(plan.items()).extracting(PlanItem::action).containsOnly(Action.CREATE);
        assertThat(plan.items()).hasSize(6);
        List<ScriptedServer.Seen> seen = server.seen().subList(1, server.seen().size());
        assertThat(seen).extracting(ScriptedServer.Seen::method).containsOnly("GET");
        assertThat(seen).allSatisfy(s -> assertThat(s.header("Consistency")).isEqualTo("Strong"));
        assertThat(plan.toText()).contains("CREATE     COLUMN     opportunity.atm_stage — PicklistType")
                .contains("6 to create, 0 option sets to extend, 0 conflicts, 0 already there");
        assertThat(plan.toJson(new ObjectMapper())).contains("\"action\" : \"CREATE\"");
    }

    @Test
    void applyCreatesInDependencyOrderInTheSolutionWaitsForTheKeyAndPublishes() {
        scriptNothingExists();
        SchemaSetup setup = new SchemaSetup(client, Duration.ofMillis(10), Duration.ofSeconds(5));
        SchemaPlan plan = setup.plan(requirements());
        int before = server.seen().size();
        String api = server.baseUri() + "api/data/v9.2/";
        server.then(Reply.json(204, "").header("OData-EntityId", api + "publishers(11111111-1111-1111-1111-111111111111)"))
                .then(Reply.json(200, "{\"value\":[{\"publisherid\":\"11111111-1111-1111-1111-111111111111\"}]}"))
                .then(Reply.json(204, "").header("OData-EntityId", api + "solutions(22222222-2222-2222-2222-222222222222)"))
                .then(Reply.json(204, "").header("OData-EntityId", api + "GlobalOptionSetDefinitions(33333333-3333-3333-3333-333333333333)"))
                .then(Reply.json(204, ""))                                                     // atm_externalid
                .then(Reply.json(200, "{\"MetadataId\":\"33333333-3333-3333-3333-333333333333\"}"))
                .then(Reply.json(204, ""))                                                     // atm_stage
                .then(Reply.json(204, ""))                                                     // key
                .then(Reply.json(200, "{\"value\":[{\"SchemaName\":\"atm_opportunity_externalid\",\"EntityKeyIndexStatus\":\"Pending\"}]}"))
                .then(Reply.json(200, "{\"value\":[{\"SchemaName\":\"atm_opportunity_externalid\",\"EntityKeyIndexStatus\":\"Active\"}]}"))
                .then(Reply.json(204, ""));                                                    // PublishXml
        SchemaResult result = setup.apply(plan);

        assertThat(result.published()).isTrue();
        assertThat(result.created()).extracting(CreatedItem::kind).containsExactly(CreatedItem.Kind.PUBLISHER,
                CreatedItem.Kind.SOLUTION, CreatedItem.Kind.OPTION_SET, CreatedItem.Kind.COLUMN, CreatedItem.Kind.COLUMN,
                CreatedItem.Kind.KEY);
        assertThat(result.created().get(0).id()).isEqualTo("11111111-1111-1111-1111-111111111111");
        List<ScriptedServer.Seen> calls = server.seen().subList(before, server.seen().size());
        assertThat(calls.stream().map(s -> s.method() + " " + s.uri().replace("/api/data/v9.2/", "")).collect(Collectors.toList()))
                .startsWith("POST publishers", "GET publishers?$select=publisherid&$filter=uniquename%20eq%20%27atomic2dynamics%27",
                        "POST solutions", "POST GlobalOptionSetDefinitions",
                        "POST EntityDefinitions(LogicalName='opportunity')/Attributes")
                .endsWith("POST PublishXml");
        assertThat(calls.get(2).body()).contains("\"publisherid@odata.bind\":\"/publishers(11111111-1111-1111-1111-111111111111)\"");
        assertThat(calls.get(3).header("MSCRM.SolutionUniqueName")).isEqualTo("atomicmigration");
        assertThat(calls.get(4).body()).contains("\"@odata.type\":\"Microsoft.Dynamics.CRM.StringAttributeMetadata\"")
                .contains("\"MaxLength\":100");
        assertThat(calls.get(6).body()).contains("\"GlobalOptionSet@odata.bind\":\"/GlobalOptionSetDefinitions(33333333-3333-3333-3333-333333333333)\"");
        assertThat(calls.get(7).body()).contains("\"KeyAttributes\":[\"atm_externalid\"]");
        assertThat(calls.get(10).body()).contains("<entity>opportunity</entity>").contains("<optionset>atm_dealstage</optionset>");
    }

    @Test
    void aColumnOfAnotherTypeAndMissingOptionValuesShowInThePlanAndConflictsStopApply() {
        server.then(Reply.json(200, "{\"value\":[{\"publisherid\":\"1\",\"customizationprefix\":\"atm\"}]}"))
                .then(Reply.json(200, "{\"value\":[{\"solutionid\":\"2\"}]}"))
                .then(Reply.json(200, "{\"Options\":[{\"Value\":727000000}]}"))
                .then(Reply.json(200, "{\"value\":[{\"LogicalName\":\"atm_externalid\",\"AttributeType\":\"Integer\","
                        + "\"AttributeTypeName\":{\"Value\":\"IntegerType\"}},{\"LogicalName\":\"atm_stage\","
                        + "\"AttributeType\":\"Picklist\",\"AttributeTypeName\":{\"Value\":\"PicklistType\"}}]}"))
                .then(Reply.json(200, "{\"value\":[{\"SchemaName\":\"atm_opportunity_externalid\",\"EntityKeyIndexStatus\":\"Active\"}]}"));
        SchemaSetup setup = new SchemaSetup(client);
        SchemaPlan plan = setup.plan(requirements());

        assertThat(plan.items()).extracting(PlanItem::action).containsExactly(Action.EXISTS, Action.EXISTS,
                Action.ADD_VALUES, Action.CONFLICT, Action.EXISTS, Action.EXISTS);
        assertThat(plan.items().get(2).missingValues()).containsExactly(727000001);
        assertThat(plan.items().get(3).detail()).contains("IntegerType").contains("StringType");
        int before = server.seen().size();
        assertThatThrownBy(() -> setup.apply(plan)).isInstanceOfSatisfying(MigrationException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET_SCHEMA_MISSING));
        assertThat(server.seen()).hasSize(before);
    }
}
