package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.action.Actions;
import org.atomic2dynamics.dataverse.client.action.OpportunityClose;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.read.Query;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMethod;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paging, id-list reads, a refused request, and the actions, against the emulator. */
class ReadsAndActionsEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final TableNames tables = TableNames.standard();

    private static List<TargetRecord> records(String table, String column, String prefix, int n) {
        List<TargetRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new TargetRecord(table, UUID.randomUUID(), Map.of(column, prefix + i), Map.of()));
        }
        return out;
    }

    private static void write(DataverseClient client, TableNames tables, List<TargetRecord> records) {
        new RecordWriter(client, tables, WriterSettings.defaults()).write(records.get(0).table(), records, WriteMode.UPSERT);
    }

    @Test
    void pagesFollowTheNextLinkUntilEveryRecordIsRead() {
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        write(client, tables, records("account", "name", "Paged ", 5));
        List<List<JsonNode>> pages = new ArrayList<>();
        new RecordReader(client, tables).forEachPage(Query.of("accounts").select(List.of("name"))
                .filter("startswith(name,'Paged ')").orderBy("name"), 2, pages::add);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).map(r -> r.path("name").asText()).collect(Collectors.toList()))
                .containsExactly("Paged 0", "Paged 1", "Paged 2", "Paged 3", "Paged 4");
    }

    @Test
    void byIdsReadsLongIdListsInSeveralInFiltersAndSkipsMissingIds() {
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        List<TargetRecord> contacts = records("contact", "lastname", "Many ", 1500);
        write(client, tables, contacts);
        List<UUID> ids = contacts.stream().map(TargetRecord::id).collect(Collectors.toList());
        ids.add(UUID.randomUUID());
        long before = client.statistics().requests();

        Map<UUID, JsonNode> found = new RecordReader(client, tables).byIds("contact", ids, List.of("lastname"));
        assertThat(found).hasSize(1500);
        assertThat(found.get(contacts.get(1499).id()).path("lastname").asText()).isEqualTo("Many 1499");
        assertThat(client.statistics().requests() - before).isGreaterThan(1); // one URL cannot hold 1,501 ids
        assertThat(new RecordReader(client, tables).retrieve("contact", UUID.randomUUID(), List.of("lastname"))).isEmpty();
    }

    @Test
    void aRefusedRequestIsNotRetried() {
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        long served = EMULATOR.emulator().requestCount();
        assertThatThrownBy(() -> client.send(HttpCall.json("POST", "accounts", "{\"nosuchcolumn\":1}")))
                .isInstanceOfSatisfying(DataverseException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.dataverseCode()).isEqualTo("0x0");
                    assertThat(e.serverMessage()).contains("nosuchcolumn");
                    assertThat(e.retriable()).isFalse();
                });
        assertThat(EMULATOR.emulator().requestCount() - served).isEqualTo(1);
        assertThat(client.statistics().retries()).isZero();
    }

    @Test
    void winsAndLosesOpportunitiesAndCompletesATask() {
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        UUID account = UUID.randomUUID();
        UUID won = UUID.randomUUID();
        UUID lost = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        new RecordWriter(client, tables, WriterSettings.defaults().with(WriteMethod.SINGLE)).write("account",
                List.of(new TargetRecord("account", account, Map.of("name", "Buyer"), Map.of())), WriteMode.UPSERT);
        EntityRef customer = new EntityRef("accounts", account);
        write(client, tables, List.of(
                new TargetRecord("opportunity", won, Map.of("name", "Big deal"), Map.of("customerid_account", customer)),
                new TargetRecord("opportunity", lost, Map.of("name", "Lost deal"), Map.of("customerid_account", customer))));
        write(client, tables, List.of(new TargetRecord("task", task, Map.of("subject", "Call back"), Map.of())));

        Actions actions = new Actions(client, tables);
        actions.winOpportunity(new OpportunityClose(won, "Won", new BigDecimal("1200.50"), LocalDate.of(2025, 3, 1), null), 3);
        actions.loseOpportunity(new OpportunityClose(lost, "Lost", null, null, "too expensive"), 5);
        actions.setState("task", task, 1, 5);

        RecordReader reader = new RecordReader(client, tables);
        JsonNode w = reader.retrieve("opportunity", won, List.of("statecode", "statuscode", "actualvalue", "actualclosedate"))
                .orElseThrow();
        assertThat(w.path("statecode").asInt()).isEqualTo(1);
        assertThat(w.path("statuscode").asInt()).isEqualTo(3);
        assertThat(w.path("actualvalue").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(w.path("actualclosedate").asText()).startsWith("2025-03-01");
        JsonNode l = reader.retrieve("opportunity", lost, List.of("statecode", "statuscode")).orElseThrow();
        assertThat(l.path("statecode").asInt()).isEqualTo(2);
        assertThat(l.path("statuscode").asInt()).isEqualTo(5);
        JsonNode t = reader.retrieve("task", task, List.of("statecode", "statuscode")).orElseThrow();
        assertThat(t.path("statecode").asInt()).isEqualTo(1);
        assertThat(t.path("statuscode").asInt()).isEqualTo(5);
        assertThat(reader.all(Query.of("opportunitycloses").select(List.of("subject"))
                .filter("_opportunityid_value eq " + won))).extracting(r -> r.path("subject").asText()).containsExactly("Won");
    }
}
