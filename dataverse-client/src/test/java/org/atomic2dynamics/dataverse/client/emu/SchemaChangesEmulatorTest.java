package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.fixture.SchemaFixtures;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.schema.CreatedItem;
import org.atomic2dynamics.dataverse.client.schema.PlanItem;
import org.atomic2dynamics.dataverse.client.schema.PlanItem.Action;
import org.atomic2dynamics.dataverse.client.schema.SchemaPlan;
import org.atomic2dynamics.dataverse.client.schema.SchemaRequirements;
import org.atomic2dynamics.dataverse.client.schema.SchemaSetup;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome.Status;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A schema that already partly exists: conflicts, option sets missing values, an alternate key that fails. */
class SchemaChangesEmulatorTest {
    private static final ColumnDef STAGE = SchemaFixtures.column("atm_Stage", AttributeType.PICKLIST, null, "atm_stage");
    private static final ColumnDef CODE_AS_NUMBER = SchemaFixtures.column("atm_Code", AttributeType.INTEGER, null, null);
    private static final ColumnDef CODE_AS_TEXT = SchemaFixtures.column("atm_Code", AttributeType.STRING, 20, null);

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withKeyActivationDelay(Duration.ofMillis(200)));

    private DataverseClient client;
    private SchemaSetup setup;

    @BeforeEach
    void connect() {
        EMULATOR.emulator().reset();
        client = EmulatorClients.connect(EMULATOR.emulator());
        setup = new SchemaSetup(client, Duration.ofMillis(50), Duration.ofSeconds(30));
    }

    private static OptionSetDef stages(int count) {
        List<OptionDef> all = List.of(OptionDef.of(727000000, "Lead"), OptionDef.of(727000001, "Won"));
        return new OptionSetDef("atm_stage", "Deal stage", all.subList(0, count));
    }

    private static SchemaRequirements opportunity(OptionSetDef stages, List<ColumnDef> columns, List<KeyDef> keys) {
        return SchemaFixtures.requirements(List.of(stages), Map.of("opportunity", columns), keys);
    }

    private WriteOutcome writeWithStage(int stage) {
        return new RecordWriter(client, TableNames.standard(), WriterSettings.defaults()).write("opportunity",
                List.of(new TargetRecord("opportunity", UUID.randomUUID(), Map.of("name", "Deal", "atm_stage", stage),
                        Map.of())), WriteMode.UPSERT).outcomes().get(0);
    }

    @Test
    void aColumnOfAnotherTypeConflictsAndMissingOptionValuesAreInsertedByApply() {
        setup.apply(setup.plan(opportunity(stages(1), List.of(STAGE, CODE_AS_NUMBER), List.of())));

        SchemaPlan conflicting = setup.plan(opportunity(stages(2), List.of(STAGE, CODE_AS_TEXT), List.of()));
        assertThat(conflicting.items()).extracting(PlanItem::action)
                .containsExactly(Action.EXISTS, Action.EXISTS, Action.ADD_VALUES, Action.EXISTS, Action.CONFLICT);
        assertThat(conflicting.items().get(2).missingValues()).containsExactly(727000001);
        assertThat(conflicting.items().get(4).detail()).contains("IntegerType").contains("StringType");
        assertThatThrownBy(() -> setup.apply(conflicting)).isInstanceOfSatisfying(MigrationException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET_SCHEMA_MISSING));
        assertThat(options()).containsExactly(727000000);
        WriteOutcome before = writeWithStage(727000001);
        assertThat(before.status()).isEqualTo(Status.REJECTED);
        assertThat(before.code()).isEqualToIgnoringCase("0x8004431A");

        SchemaPlan extend = setup.plan(opportunity(stages(2), List.of(STAGE), List.of()));
        assertThat(extend.with(Action.ADD_VALUES)).hasSize(1);
        assertThat(setup.apply(extend).created()).containsExactly(
                new CreatedItem(CreatedItem.Kind.OPTION_VALUE, "", "atm_stage", "", 727000001));
        assertThat(options()).containsExactly(727000000, 727000001);
        assertThat(setup.plan(opportunity(stages(2), List.of(STAGE), List.of())).isSatisfied()).isTrue();
        assertThat(writeWithStage(727000001).status()).isEqualTo(Status.CREATED);
    }

    @Test
    void aKeyWhoseIndexFailsOnDuplicateValuesStopsApplyWithTheFixAndShowsAsAConflict() {
        setup.apply(setup.plan(opportunity(stages(1), List.of(CODE_AS_TEXT), List.of())));
        RecordWriter writer = new RecordWriter(client, TableNames.standard(), WriterSettings.defaults());
        for (int i = 0; i < 2; i++) {
            writer.write("opportunity", List.of(new TargetRecord("opportunity", UUID.randomUUID(),
                    Map.of("name", "Twin " + i, "atm_code", "same"), Map.of())), WriteMode.UPSERT);
        }
        SchemaRequirements keyed = opportunity(stages(1), List.of(CODE_AS_TEXT),
                List.of(new KeyDef("opportunity", "atm_opportunity_code", List.of("atm_code"), null)));

        assertThatThrownBy(() -> setup.apply(setup.plan(keyed))).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TARGET_SCHEMA_MISSING);
            assertThat(e.oneLine()).contains("atm_opportunity_code").contains("failed").contains("duplicate");
        });
        SchemaPlan after = setup.plan(keyed);
        assertThat(after.with(Action.CONFLICT)).extracting(PlanItem::name).containsExactly("atm_opportunity_code");
    }

    private List<Integer> options() {
        JsonNode set = client.sendForJson(HttpCall.get("GlobalOptionSetDefinitions(Name='atm_stage')"));
        List<Integer> values = new java.util.ArrayList<>();
        set.path("Options").forEach(o -> values.add(o.path("Value").asInt()));
        return values;
    }
}
