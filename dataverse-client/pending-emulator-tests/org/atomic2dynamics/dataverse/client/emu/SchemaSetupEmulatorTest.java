package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
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
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Plan changes nothing; apply twice creates once; records using the new columns load only after apply. */
class SchemaSetupEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withKeyActivationDelay(Duration.ofMillis(300)));

    private static ColumnDef column(String logical, String schema, AttributeType type, Integer maxLength, String optionSet) {
        return new ColumnDef(logical, schema, type, RequiredLevel.NONE, true, true, maxLength, null, null, null, null,
                type == AttributeType.DATETIME ? "DateOnly" : null, List.of(), List.of(), optionSet, true);
    }

    private static SchemaRequirements requirements() {
        OptionSetDef sector = new OptionSetDef("atm_sector", "Sector",
                List.of(OptionDef.of(727000000, "Tech"), OptionDef.of(727000001, "Retail")));
        OptionSetDef tags = new OptionSetDef("atm_tags", "Tags",
                List.of(OptionDef.of(727000000, "vip"), OptionDef.of(727000001, "partner")));
        List<ColumnDef> account = List.of(
                column("atm_externalid", "atm_ExternalId", AttributeType.STRING, 100, null),
                column("atm_background", "atm_Background", AttributeType.MEMO, 5000, null),
                column("atm_score", "atm_Score", AttributeType.INTEGER, null, null),
                column("atm_ratio", "atm_Ratio", AttributeType.DECIMAL, null, null),
                column("atm_weight", "atm_Weight", AttributeType.DOUBLE, null, null),
                column("atm_arr", "atm_Arr", AttributeType.MONEY, null, null),
                column("atm_isvip", "atm_IsVip", AttributeType.BOOLEAN, null, null),
                column("atm_firstseen", "atm_FirstSeen", AttributeType.DATETIME, null, null),
                column("atm_sector", "atm_Sector", AttributeType.PICKLIST, null, "atm_sector"),
                column("atm_tags", "atm_Tags", AttributeType.MULTISELECTPICKLIST, null, "atm_tags"));
        return new SchemaRequirements(SchemaRequirements.Publisher.atomic(), SchemaRequirements.Solution.atomic(),
                List.of(sector, tags), Map.of("account", account),
                List.of(new KeyDef("account", "atm_account_externalid", List.of("atm_externalid"), null)));
    }

    @Test
    void planChangesNothingApplyTwiceCreatesOnceAndRecordsLoadOnlyAfter() {
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        SchemaSetup setup = new SchemaSetup(client, Duration.ofMillis(100), Duration.ofSeconds(30));
        RecordWriter writer = new RecordWriter(client, TableNames.standard(), WriterSettings.defaults());
        TargetRecord record = new TargetRecord("account", UUID.randomUUID(),
                Map.of("name", "Acme", "atm_externalid", "companies:1", "atm_sector", 727000001, "atm_tags",
                        List.of(727000000, 727000001)), Map.of());

        SchemaPlan first = setup.plan(requirements());
        SchemaPlan again = setup.plan(requirements());
        assertThat(again.items()).isEqualTo(first.items());
        assertThat(first.with(PlanItem.Action.CREATE)).hasSize(first.items().size());
        assertThat(writer.write("account", List.of(record), WriteMode.UPSERT).outcomes().get(0).status())
                .isEqualTo(WriteOutcome.Status.REJECTED);

        SchemaResult applied = setup.apply(first);
        assertThat(applied.created()).hasSize(first.items().size());
        assertThat(applied.published()).isTrue();
        SchemaPlan after = setup.plan(requirements());
        assertThat(after.isSatisfied()).isTrue();
        SchemaResult second = setup.apply(after);
        assertThat(second.created()).isEmpty();
        assertThat(second.published()).isFalse();

        assertThat(writer.write("account", List.of(record), WriteMode.UPSERT).outcomes().get(0).status())
                .isEqualTo(WriteOutcome.Status.CREATED);
    }
}
