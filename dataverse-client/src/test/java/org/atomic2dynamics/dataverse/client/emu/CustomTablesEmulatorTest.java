package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.fixture.SchemaFixtures;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.schema.CreatedItem;
import org.atomic2dynamics.dataverse.client.schema.CreatedItem.Kind;
import org.atomic2dynamics.dataverse.client.schema.PlanItem;
import org.atomic2dynamics.dataverse.client.schema.PlanItem.Action;
import org.atomic2dynamics.dataverse.client.schema.SchemaPlan;
import org.atomic2dynamics.dataverse.client.schema.SchemaRequirements;
import org.atomic2dynamics.dataverse.client.schema.SchemaResult;
import org.atomic2dynamics.dataverse.client.schema.SchemaSetup;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A custom table and lookups to and from it: planned without a change, created in order (table, its columns,
 * lookups, key) once, found by a second plan, named by TableNames from the metadata, and written to.
 */
class CustomTablesEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withKeyActivationDelay(Duration.ofMillis(100)));

    private DataverseClient client;
    private SchemaSetup setup;
    private EmulatorAdmin admin;

    @BeforeEach
    void connect() {
        EMULATOR.emulator().reset();
        client = EmulatorClients.connect(EMULATOR.emulator());
        setup = new SchemaSetup(client, Duration.ofMillis(50), Duration.ofSeconds(30));
        admin = new EmulatorAdmin(EMULATOR.emulator());
    }

    private static ColumnDef lookup(String schemaName, String target) {
        ColumnDef c = SchemaFixtures.column(schemaName, AttributeType.LOOKUP, null, null);
        return new ColumnDef(c.logicalName(), c.schemaName(), c.type(), c.requiredLevel(), true, true, null, null, null,
                null, null, null, List.of(), List.of(target), null, true);
    }

    private static CustomTableDef campaigns(String entitySet) {
        ColumnDef name = SchemaFixtures.column("atm_name", AttributeType.STRING, 400, null);
        CustomTableDef t = CustomTableDef.userOwned("atm_campaigns", "Campaign", "Campaigns", "Atomic CRM campaigns", name);
        return entitySet == null ? t : new CustomTableDef(t.logicalName(), t.schemaName(), t.displayName(),
                t.displayCollectionName(), t.description(), entitySet, t.ownershipType(), t.primaryName());
    }

    private static SchemaRequirements requirements(CustomTableDef table) {
        Map<String, List<ColumnDef>> columns = new LinkedHashMap<>();
        columns.put("atm_campaigns", List.of(table.primaryName(), SchemaFixtures.column("atm_AtomicId", AttributeType.STRING,
                100, null), SchemaFixtures.column("atm_Starts", AttributeType.DATETIME, null, null),
                lookup("atm_SponsorId", "account")));
        columns.put("opportunity", List.of(lookup("atm_campaign_id", "atm_campaigns")));
        return new SchemaRequirements(SchemaRequirements.Publisher.atomic(), SchemaRequirements.Solution.atomic(),
                List.of(), List.of(table), columns, List.of(new KeyDef("atm_campaigns", "atm_campaigns_atomicid_key",
                List.of("atm_atomicid"), null)));
    }

    @Test
    void aTableAndItsLookupsAreCreatedOnceAndTakeRecords() {
        admin.snapshot("start");
        SchemaPlan plan = setup.plan(requirements(campaigns(null)));
        assertThat(plan.hasConflicts()).as(plan.toText()).isFalse();
        assertThat(plan.items()).filteredOn(i -> i.action() == Action.CREATE).extracting(PlanItem::label)
                .containsExactly("atomic2dynamics", "atomicmigration", "atm_campaigns", "atm_campaigns.atm_atomicid",
                        "atm_campaigns.atm_starts", "atm_campaigns.atm_sponsorid", "opportunity.atm_campaign_id",
                        "atm_campaigns.atm_campaigns_atomicid_key");
        assertThat(plan.toText()).contains("CREATE     TABLE      atm_campaigns — entity set atm_campaignses");
        assertThat(admin.compare("start").path("unchanged").asBoolean()).isTrue();

        SchemaResult applied = setup.apply(plan);
        assertThat(applied.created()).extracting(CreatedItem::kind).containsExactly(Kind.PUBLISHER, Kind.SOLUTION,
                Kind.TABLE, Kind.COLUMN, Kind.COLUMN, Kind.LOOKUP, Kind.LOOKUP, Kind.KEY);
        assertThat(applied.created()).allSatisfy(c -> assertThat(c.id()).isNotBlank());
        assertThat(posts()).contains("EntityDefinitions atomicmigration", "RelationshipDefinitions atomicmigration");

        SchemaPlan again = setup.plan(requirements(campaigns(null)));
        assertThat(again.isSatisfied()).as(again.toText()).isTrue();
        int before = posts().size();
        assertThat(setup.apply(again).created()).isEmpty();
        assertThat(posts()).hasSize(before);

        TableNames names = TableNames.live(client);
        assertThat(names.of("atm_campaigns")).isEqualTo(new TableNames.Entry("atm_campaigns", "atm_campaignses",
                "atm_campaignsid"));
        RecordWriter writer = new RecordWriter(client, names, WriterSettings.defaults());
        UUID account = UUID.randomUUID();
        writer.write("account", List.of(new TargetRecord("account", account, Map.of("name", "Sponsor"), Map.of())),
                WriteMode.UPSERT);
        List<TargetRecord> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new TargetRecord("atm_campaigns", UUID.randomUUID(), Map.of("atm_name", "C" + i, "atm_atomicid",
                    String.valueOf(i), "atm_starts", LocalDate.of(2024, 1, 1 + i)),
                    Map.of("atm_SponsorId", new EntityRef("accounts", account))));
        }
        assertThat(writer.write("atm_campaigns", rows, WriteMode.UPSERT).outcomes()).extracting(WriteOutcome::status)
                .containsOnly(WriteOutcome.Status.CREATED);
        assertThat(posts()).contains("atm_campaignses/Microsoft.Dynamics.CRM.UpsertMultiple -");
        UUID deal = UUID.randomUUID();
        WriteOutcome written = writer.write("opportunity", List.of(new TargetRecord("opportunity", deal, Map.of("name", "D"),
                Map.of("atm_campaign_id", new EntityRef("atm_campaignses", rows.get(1).id())))), WriteMode.UPSERT)
                .outcomes().get(0);
        assertThat(written.status()).as(written.message()).isEqualTo(WriteOutcome.Status.CREATED);
        RecordReader reader = new RecordReader(client, names);
        assertThat(reader.retrieve("opportunity", deal, List.of("_atm_campaign_id_value")).orElseThrow()
                .path("_atm_campaign_id_value").asText()).isEqualTo(rows.get(1).id().toString());
        JsonNode campaign = reader.retrieve("atm_campaigns", rows.get(2).id(), List.of("atm_starts", "_atm_sponsorid_value"))
                .orElseThrow();
        assertThat(campaign.path("atm_starts").asText()).isEqualTo("2024-01-03");
        assertThat(campaign.path("_atm_sponsorid_value").asText()).isEqualTo(account.toString());
    }

    @Test
    void whatCannotBeCreatedAsTheMapSaysIsAConflict() {
        setup.apply(setup.plan(requirements(campaigns(null))));
        SchemaPlan plan = setup.plan(requirements(campaigns("atm_campaignss")));
        assertThat(plan.with(Action.CONFLICT)).extracting(PlanItem::detail).containsExactly("it exists with the entity set "
                + "atm_campaignses, the mapping expects atm_campaignss; set entitySetName: atm_campaignses in the mapping");
        Map<String, List<ColumnDef>> wrong = new LinkedHashMap<>();
        wrong.put("opportunity", List.of(lookup("atm_project_id", "atm_projects"), lookup("atm_campaign_id", "account")));
        wrong.put("atm_campaigns", List.of(lookup("atm_AtomicId", "account")));
        SchemaPlan lookups = setup.plan(new SchemaRequirements(SchemaRequirements.Publisher.atomic(),
                SchemaRequirements.Solution.atomic(), List.of(), wrong, List.of()));
        assertThat(lookups.with(Action.CONFLICT)).extracting(PlanItem::detail).containsExactly(
                "table atm_projects does not exist",
                "it exists as a lookup to [\"atm_campaigns\"], the mapping needs one to account; rename the column in the mapping",
                "it exists as String, the mapping needs a lookup; rename the column in the mapping");
        assertThatThrownBy(() -> TableNames.live(client).of("atm_projects")).isInstanceOf(MigrationException.class)
                .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.TARGET_SCHEMA_MISSING));
    }

    /** The journal's POSTs as "path solution" (the solution header, or "-"). */
    private List<String> posts() {
        List<String> out = new ArrayList<>();
        for (JsonNode r : admin.requests().path("requests")) {
            if (r.path("method").asText().equals("POST")) {
                out.add(r.path("path").asText() + " " + r.path("headers").path("MSCRM.SolutionUniqueName").asText("-"));
            }
        }
        return out;
    }
}
