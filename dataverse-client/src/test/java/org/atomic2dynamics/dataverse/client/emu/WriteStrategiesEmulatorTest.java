package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMethod;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome.Status;
import org.atomic2dynamics.dataverse.client.write.WriteResult;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The write strategies against the emulator: the sdkmessagefilters probe, bulk messages in every mode with
 * bad records isolated by bisection, $batch parts mapped to their records, created vs updated.
 */
class WriteStrategiesEmulatorTest {
    /** account.name holds 160 characters: a longer one is refused with 0x80044331. */
    private static final String TOO_LONG = "x".repeat(161);

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final TableNames tables = TableNames.standard();
    private DataverseClient client;

    @BeforeEach
    void connect() {
        EMULATOR.emulator().reset();
        client = EmulatorClients.connect(EMULATOR.emulator());
    }

    private RecordWriter writer(WriteMethod method, int bulkSize, int batchSize) {
        return new RecordWriter(client, tables, WriterSettings.defaults().with(method).withSizes(bulkSize, batchSize));
    }

    private static List<TargetRecord> accounts(int n, int... tooLong) {
        List<TargetRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int at = i;
            boolean bad = java.util.Arrays.stream(tooLong).anyMatch(b -> b == at);
            out.add(new TargetRecord("account", UUID.randomUUID(), Map.of("name", bad ? TOO_LONG : "Account " + i), Map.of()));
        }
        return out;
    }

    private Map<UUID, JsonNode> present(String table, List<TargetRecord> records, String column) {
        return new RecordReader(client, tables).byIds(table, records.stream().map(TargetRecord::id)
                .collect(Collectors.toList()), List.of(column));
    }

    @Test
    void autoProbesSdkMessageFiltersOnceAndUsesBulkWhereTheTableHasTheMessage() {
        RecordWriter writer = new RecordWriter(client, tables, WriterSettings.defaults());
        assertThat(writer.methodFor("contact", WriteMode.UPSERT)).isEqualTo(WriteMethod.BULK);
        assertThat(writer.methodFor("account", WriteMode.CREATE)).isEqualTo(WriteMethod.BULK);
        assertThat(writer.methodFor("opportunity", WriteMode.UPDATE)).isEqualTo(WriteMethod.BULK);
        assertThat(writer.methodFor("task", WriteMode.UPSERT)).isEqualTo(WriteMethod.BATCH);
        assertThat(writer.methodFor("annotation", WriteMode.CREATE)).isEqualTo(WriteMethod.BATCH);
        long requests = client.statistics().requests();
        assertThat(writer.methodFor("task", WriteMode.UPSERT)).isEqualTo(WriteMethod.BATCH);
        assertThat(client.statistics().requests()).isEqualTo(requests); // the answer is cached

        List<TargetRecord> tasks = List.of(new TargetRecord("task", UUID.randomUUID(), Map.of("subject", "Call"), Map.of()),
                new TargetRecord("task", UUID.randomUUID(), Map.of("subject", "Mail"), Map.of()));
        assertThat(writer.write("task", tasks, WriteMode.UPSERT).count(Status.CREATED)).isEqualTo(2);
        assertThat(present("task", tasks, "subject")).hasSize(2);
    }

    @Test
    void aRefusedUpsertMultipleIsBisectedUntilTheBadRecordsStandAloneAndTheRestIsWritten() {
        List<TargetRecord> records = accounts(8, 2, 7);
        WriteResult result = writer(WriteMethod.BULK, 8, 10).write("account", records, WriteMode.UPSERT);

        assertThat(result.outcomes()).extracting(WriteOutcome::status).containsExactly(Status.CREATED, Status.CREATED,
                Status.REJECTED, Status.CREATED, Status.CREATED, Status.CREATED, Status.CREATED, Status.REJECTED);
        WriteOutcome reject = result.outcomes().get(2);
        assertThat(reject.httpStatus()).isEqualTo(400);
        assertThat(reject.code()).isEqualTo("0x80044331");
        assertThat(reject.message()).contains("'name'").contains("'account'").contains("160");
        assertThat(client.statistics().splits()).isPositive();
        Map<UUID, JsonNode> present = present("account", records, "name");
        assertThat(present).hasSize(6).doesNotContainKeys(records.get(2).id(), records.get(7).id());
    }

    @Test
    void bulkUpsertTellsCreatedFromUpdatedByAnExistenceCheck() {
        List<TargetRecord> first = accounts(4);
        writer(WriteMethod.BULK, 10, 10).write("account", first.subList(0, 2), WriteMode.UPSERT);
        WriteResult result = writer(WriteMethod.BULK, 10, 10).write("account", first, WriteMode.UPSERT);
        assertThat(result.outcomes()).extracting(WriteOutcome::status)
                .containsExactly(Status.UPDATED, Status.UPDATED, Status.CREATED, Status.CREATED);
    }

    @Test
    void createMultipleRejectsAnExistingIdAndUpdateMultipleAMissingOne() {
        List<TargetRecord> records = accounts(4);
        writer(WriteMethod.SINGLE, 1, 1).write("account", records.subList(1, 2), WriteMode.UPSERT);

        WriteResult created = writer(WriteMethod.BULK, 4, 10).write("account", records, WriteMode.CREATE);
        assertThat(created.outcomes()).extracting(WriteOutcome::status)
                .containsExactly(Status.CREATED, Status.REJECTED, Status.CREATED, Status.CREATED);
        assertThat(created.outcomes().get(1).code()).isEqualTo("0x80040237");

        List<TargetRecord> renamed = new ArrayList<>();
        records.forEach(r -> renamed.add(new TargetRecord("account", r.id(), Map.of("name", "Renamed"), Map.of())));
        TargetRecord missing = new TargetRecord("account", UUID.randomUUID(), Map.of("name", "Ghost"), Map.of());
        renamed.add(2, missing);
        WriteResult updated = writer(WriteMethod.BULK, 5, 10).write("account", renamed, WriteMode.UPDATE);
        assertThat(updated.outcomes()).extracting(WriteOutcome::status)
                .containsExactly(Status.UPDATED, Status.UPDATED, Status.REJECTED, Status.UPDATED, Status.UPDATED);
        assertThat(updated.outcomes().get(2).code()).isEqualTo("0x80040217");
        assertThat(present("account", records, "name").values()).extracting(n -> n.path("name").asText())
                .containsOnly("Renamed");
    }

    @Test
    void batchPartsMapToTheirRecordsWithContinueOnError() {
        List<TargetRecord> records = accounts(5, 3);
        writer(WriteMethod.SINGLE, 1, 1).write("account", records.subList(0, 1), WriteMode.UPSERT);
        WriteResult result = writer(WriteMethod.BATCH, 10, 10).write("account", records, WriteMode.UPSERT);

        assertThat(result.outcomes()).extracting(WriteOutcome::status)
                .containsExactly(Status.UPDATED, Status.CREATED, Status.CREATED, Status.REJECTED, Status.CREATED);
        assertThat(result.outcomes().get(3).code()).isEqualTo("0x80044331");
        assertThat(present("account", records, "name")).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(value = WriteMethod.class, names = {"BULK", "BATCH", "SINGLE"})
    void createRefusesAnExistingRecordAndUpdateAMissingOneByEveryMethod(WriteMethod method) {
        List<TargetRecord> records = accounts(2);
        writer(WriteMethod.SINGLE, 1, 1).write("account", records.subList(0, 1), WriteMode.UPSERT);

        WriteResult created = writer(method, 10, 10).write("account", records, WriteMode.CREATE);
        assertThat(created.outcomes()).extracting(WriteOutcome::status).containsExactly(Status.REJECTED, Status.CREATED);
        assertThat(created.outcomes().get(0)).extracting(WriteOutcome::httpStatus, WriteOutcome::code)
                .containsExactly(412, "0x80040237");
        TargetRecord missing = new TargetRecord("account", UUID.randomUUID(), Map.of("name", "Ghost"), Map.of());
        WriteResult updated = writer(method, 10, 10).write("account", List.of(records.get(1), missing), WriteMode.UPDATE);
        assertThat(updated.outcomes()).extracting(WriteOutcome::status).containsExactly(Status.UPDATED, Status.REJECTED);
        assertThat(updated.outcomes().get(1).httpStatus()).isEqualTo(404); // code 0x80040217 for bulk, "" for PATCH
        assertThat(updated.outcomes().get(1).message()).contains(missing.id().toString()).containsIgnoringCase("not exist");
        assertThat(present("account", List.of(missing), "name")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = WriteMethod.class, names = {"BULK", "BATCH", "SINGLE"})
    void typedValuesAndLookupsArriveAlikeByEveryMethod(WriteMethod method) {
        UUID account = UUID.randomUUID();
        writer(WriteMethod.SINGLE, 1, 1).write("account", List.of(new TargetRecord("account", account,
                Map.of("name", "Parent"), Map.of())), WriteMode.UPSERT);
        TargetRecord contact = new TargetRecord("contact", UUID.randomUUID(), Map.of("lastname", "Lee",
                "birthdate", LocalDate.of(1980, 2, 29), "creditlimit", new BigDecimal("2500.75"), "donotemail", true,
                "overriddencreatedon", OffsetDateTime.of(2021, 6, 1, 10, 30, 0, 0, ZoneOffset.ofHours(2))),
                Map.of("parentcustomerid_account", new EntityRef("accounts", account)));
        assertThat(writer(method, 10, 10).write("contact", List.of(contact), WriteMode.UPSERT).count(Status.CREATED))
                .isEqualTo(1);

        JsonNode read = new RecordReader(client, tables).retrieve("contact", contact.id(), List.of("birthdate",
                "creditlimit", "donotemail", "createdon", "_parentcustomerid_value")).orElseThrow();
        assertThat(read.path("birthdate").asText()).isEqualTo("1980-02-29");
        assertThat(read.path("creditlimit").decimalValue()).isEqualByComparingTo("2500.75");
        assertThat(read.path("donotemail").asBoolean()).isTrue();
        assertThat(read.path("createdon").asText()).isEqualTo("2021-06-01T08:30:00Z");
        assertThat(read.path("_parentcustomerid_value").asText()).isEqualTo(account.toString());
    }

    @Test
    void aForcedBulkWriteToATableWithoutTheMessageGoesOutAsBatch() {
        List<TargetRecord> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tasks.add(new TargetRecord("task", UUID.randomUUID(), Map.of("subject", "Task " + i), Map.of()));
        }
        WriteResult result = writer(WriteMethod.BULK, 10, 10).write("task", tasks, WriteMode.CREATE);
        assertThat(result.count(Status.CREATED)).isEqualTo(3);
        assertThat(present("task", tasks, "subject")).hasSize(3);
    }
}
