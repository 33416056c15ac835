package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.fixture.SchemaFixtures;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.schema.CreatedItem;
import org.atomic2dynamics.dataverse.client.schema.CreatedItem.Kind;
import org.atomic2dynamics.dataverse.client.schema.PlanItem;
import org.atomic2dynamics.dataverse.client.schema.SchemaPlan;
import org.atomic2dynamics.dataverse.client.schema.SchemaRequirements;
import org.atomic2dynamics.dataverse.client.schema.SchemaResult;
import org.atomic2dynamics.dataverse.client.schema.SchemaSetup;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Plan changes nothing; apply twice creates once; records using the new columns load only after apply. */
class SchemaSetupEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withKeyActivationDelay(Duration.ofMillis(300)));

    private DataverseClient client;
    private SchemaSetup setup;
    private RecordWriter writer;
    private EmulatorAdmin admin;

    @BeforeEach
    void connect() {
        EMULATOR.emulator().reset();
        client = EmulatorClients.connect(EMULATOR.emulator());
        setup = new SchemaSetup(client, Duration.ofMillis(100), Duration.ofSeconds(30));
        writer = new RecordWriter(client, TableNames.standard(), WriterSettings.defaults());
        admin = new EmulatorAdmin(EMULATOR.emulator());
    }

    private static SchemaRequirements requirements() {
        OptionSetDef sector = new OptionSetDef("atm_sector", "Sector",
                List.of(OptionDef.of(727000000, "Tech"), OptionDef.of(727000001, "Retail")));
        OptionSetDef tags = new OptionSetDef("atm_tags", "Tags",
                List.of(OptionDef.of(727000000, "vip"), OptionDef.of(727000001, "partner")));
        return SchemaFixtures.requirements(List.of(sector, tags), Map.of("account", List.of(
                SchemaFixtures.column("atm_ExternalId", AttributeType.STRING, 100, null),
                SchemaFixtures.column("atm_Background", AttributeType.MEMO, 5000, null),
                SchemaFixtures.column("atm_Score", AttributeType.INTEGER, null, null),
                SchemaFixtures.column("atm_Ratio", AttributeType.DECIMAL, null, null),
                SchemaFixtures.column("atm_Weight", AttributeType.DOUBLE, null, null),
                SchemaFixtures.column("atm_Arr", AttributeType.MONEY, null, null),
                SchemaFixtures.column("atm_IsVip", AttributeType.BOOLEAN, null, null),
                SchemaFixtures.column("atm_FirstSeen", AttributeType.DATETIME, null, null),
                SchemaFixtures.column("atm_Sector", AttributeType.PICKLIST, null, "atm_sector"),
                SchemaFixtures.column("atm_Tags", AttributeType.MULTISELECTPICKLIST, null, "atm_tags"))),
                List.of(new KeyDef("account", "atm_account_externalid", List.of("atm_externalid"), null)));
    }

    private static TargetRecord acme() {
        return new TargetRecord("account", UUID.randomUUID(), Map.ofEntries(Map.entry("name", "Acme"),
                Map.entry("atm_externalid", "companies:1"), Map.entry("atm_background", "Founded in 1999"),
                Map.entry("atm_score", 42), Map.entry("atm_ratio", new java.math.BigDecimal("0.25")),
                Map.entry("atm_weight", 1.5), Map.entry("atm_arr", new java.math.BigDecimal("120000.00")),
                Map.entry("atm_isvip", true), Map.entry("atm_firstseen", java.time.LocalDate.of(2024, 5, 17)),
                Map.entry("atm_sector", 727000001), Map.entry("atm_tags", List.of(727000000, 727000001))), Map.of());
    }

    /** What the metadata API shows for the account table and the two option sets. */
    private String metadata() {
        JsonNode attributes = client.sendForJson(HttpCall.get("EntityDefinitions(LogicalName='account')/Attributes"
                + "?$select=LogicalName"));
        JsonNode keys = client.sendForJson(HttpCall.get("EntityDefinitions(LogicalName='account')/Keys?$select=SchemaName"));
        JsonNode publishers = client.sendForJson(HttpCall.get("publishers?$select=uniquename"));
        return attributes.path("value").toString() + keys.path("value") + publishers.path("value");
    }

    @Test
    void planChangesNothingApplyTwiceCreatesOnceAndRecordsLoadOnlyAfter() {
        TargetRecord record = acme();
        String before = metadata();
        admin.snapshot("before-plan");

        SchemaPlan first = setup.plan(requirements());
        SchemaPlan again = setup.plan(requirements());
        assertThat(again.items()).isEqualTo(first.items());
        assertThat(first.with(PlanItem.Action.CREATE)).hasSize(first.items().size()).hasSize(15);
        assertThat(admin.compare("before-plan").path("unchanged").asBoolean()).isTrue();
        assertThat(metadata()).isEqualTo(before);
        WriteOutcome refused = writer.write("account", List.of(record), WriteMode.UPSERT).outcomes().get(0);
        assertThat(refused.status()).isEqualTo(WriteOutcome.Status.REJECTED);
        assertThat(refused.httpStatus()).isEqualTo(400);
        assertThat(refused.message()).contains("Could not find a property named 'atm_");

        SchemaResult applied = setup.apply(first);
        assertThat(applied.created()).extracting(CreatedItem::kind).containsExactly(Kind.PUBLISHER, Kind.SOLUTION,
                Kind.OPTION_SET, Kind.OPTION_SET, Kind.COLUMN, Kind.COLUMN, Kind.COLUMN, Kind.COLUMN, Kind.COLUMN,
                Kind.COLUMN, Kind.COLUMN, Kind.COLUMN, Kind.COLUMN, Kind.COLUMN, Kind.KEY);
        assertThat(applied.created()).allSatisfy(c -> assertThat(c.id()).isNotBlank());
        assertThat(applied.published()).isTrue();
        SchemaPlan after = setup.plan(requirements());
        assertThat(after.isSatisfied()).isTrue();
        String applyOnce = metadata();
        admin.snapshot("after-apply");
        SchemaResult second = setup.apply(after);
        assertThat(second.created()).isEmpty();
        assertThat(second.published()).isFalse();
        assertThat(admin.compare("after-apply").path("unchanged").asBoolean()).isTrue();
        assertThat(metadata()).isEqualTo(applyOnce);

        assertThat(writer.write("account", List.of(record), WriteMode.UPSERT).outcomes().get(0).status())
                .isEqualTo(WriteOutcome.Status.CREATED);
        JsonNode read = new RecordReader(client, TableNames.standard()).retrieve("account", record.id(), List.of(
                "atm_externalid", "atm_score", "atm_ratio", "atm_arr", "atm_isvip", "atm_firstseen", "atm_sector", "atm_tags"))
                .orElseThrow();
        assertThat(read.path("atm_externalid").asText()).isEqualTo("companies:1");
        assertThat(read.path("atm_score").asInt()).isEqualTo(42);
        assertThat(read.path("atm_ratio").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(read.path("atm_arr").decimalValue()).isEqualByComparingTo("120000");
        assertThat(read.path("atm_isvip").asBoolean()).isTrue();
        assertThat(read.path("atm_firstseen").asText()).isEqualTo("2024-05-17");
        assertThat(read.path("atm_sector").asInt()).isEqualTo(727000001);
        assertThat(read.path("atm_tags").asText()).isEqualTo("727000000,727000001");
    }
}
