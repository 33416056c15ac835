package org.atomic2dynamics.dataverse.client.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.fixture.SchemaFixtures;
import org.atomic2dynamics.dataverse.client.fixture.Scripted;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer;
import org.atomic2dynamics.dataverse.client.fixture.ScriptedServer.Reply;
import org.atomic2dynamics.dataverse.client.schema.CreatedItem.Kind;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the emulator cannot show about schema setup: it has no DELETE for tables, columns, relationships, keys
 * and option sets (so remove runs against scripted answers), and it ignores {@code Consistency: Strong}. Plan and apply themselves are shown against the emulator (SchemaSetupEmulatorTest,
 * SchemaChangesEmulatorTest).
 */
class SchemaSetupScriptedTest {
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

    @Test
    void planOnlyReadsAndEveryReadAsksForStrongConsistency() {
        SchemaRequirements req = SchemaFixtures.requirements(
                List.of(new OptionSetDef("atm_stage", "Stage", List.of(OptionDef.of(727000000, "Lead")))),
                Map.of("opportunity", List.of(SchemaFixtures.column("atm_ExternalId", AttributeType.STRING, 100, null))),
                List.of());
        server.then(Reply.json(200, "{\"value\":[]}")).then(Reply.json(200, "{\"value\":[]}"))
                .then(Reply.json(404, "{\"error\":{\"code\":\"0x80040217\",\"message\":\"not found\"}}"))
                .then(Reply.json(200, "{\"value\":[]}"));
        new SchemaSetup(client).plan(req);

        List<ScriptedServer.Seen> reads = server.seen().subList(1, server.seen().size());
        assertThat(reads).hasSize(4).extracting(ScriptedServer.Seen::method).containsOnly("GET");
        assertThat(reads).allSatisfy(s -> assertThat(s.header("Consistency")).isEqualTo("Strong"));
    }

    @Test
    void removeDeletesNewestFirstAndSkipsWhatIsAlreadyGone() {
        List<CreatedItem> created = List.of(new CreatedItem(Kind.PUBLISHER, "", "atomic2dynamics", "p-1", null),
                new CreatedItem(Kind.SOLUTION, "", "atomicmigration", "s-1", null),
                new CreatedItem(Kind.OPTION_SET, "", "atm_stage", "o-1", null),
                new CreatedItem(Kind.OPTION_VALUE, "", "atm_sector", "", 727000003),
                new CreatedItem(Kind.TABLE, "atm_campaigns", "atm_campaigns", "t-1", null),
                new CreatedItem(Kind.COLUMN, "account", "atm_externalid", "c-1", null),
                new CreatedItem(Kind.LOOKUP, "opportunity", "atm_campaign_id", "r-1", null),
                new CreatedItem(Kind.KEY, "account", "atm_account_externalid", "k-1", null));
        server.then(Reply.json(204, "")).then(Reply.json(404, "{\"error\":{\"code\":\"0x80040217\",\"message\":\"gone\"}}"));
        List<CreatedItem> removed = new SchemaSetup(client).remove(created);

        assertThat(server.seen().subList(1, server.seen().size()).stream()
                .map(s -> s.method() + " " + s.uri().replace("/api/data/v9.2/", "")).collect(Collectors.toList()))
                .containsExactly("DELETE EntityDefinitions(LogicalName='account')/Keys(LogicalName='atm_account_externalid')",
                        "DELETE RelationshipDefinitions(r-1)",
                        "DELETE EntityDefinitions(LogicalName='account')/Attributes(LogicalName='atm_externalid')",
                        "DELETE EntityDefinitions(LogicalName='atm_campaigns')",
                        "POST DeleteOptionValue", "DELETE GlobalOptionSetDefinitions(Name='atm_stage')",
                        "DELETE solutions(s-1)", "DELETE publishers(p-1)");
        assertThat(server.seen().get(5).body()).contains("\"OptionSetName\":\"atm_sector\"").contains("\"Value\":727000003");
        assertThat(removed).extracting(CreatedItem::kind).containsExactly(Kind.KEY, Kind.COLUMN, Kind.TABLE,
                Kind.OPTION_VALUE, Kind.OPTION_SET, Kind.SOLUTION, Kind.PUBLISHER);
    }
}
