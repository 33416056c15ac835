package org.atomic2dynamics.cli.wiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.port.TargetActions;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.action.Actions;
import org.atomic2dynamics.dataverse.client.action.OpportunityClose;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/** The engine's action port, served by the client: state changes and closing opportunities. */
public final class ClientActions implements TargetActions {
    private final Actions actions;
    private final RecordWriter single;

    public ClientActions(DataverseClient client, TableNames tables) {
        this.actions = new Actions(client, tables);
        this.single = new RecordWriter(client, tables, WriterSettings.defaults().with(
                org.atomic2dynamics.dataverse.client.write.WriteMethod.SINGLE));
    }

    @Override
    public void setState(String table, UUID id, int statecode, int statuscode, Map<String, Object> attributes) {
        if (!attributes.isEmpty()) {
            // Columns that go with the state (actualend) are written first: a closed activity is read-only.
            WriteOutcome o = single.write(table, List.of(new TargetRecord(table, id, new LinkedHashMap<>(attributes),
                    Map.of())), WriteMode.UPDATE).outcomes().get(0);
            if (!o.written()) {
                throw new MigrationException(ErrorCode.TARGET_REJECTED, o.message(), "see the run report");
            }
        }
        actions.setState(table, id, statecode, statuscode);
    }

    @Override
    public void closeOpportunity(UUID opportunityId, boolean won, int status, BigDecimal actualRevenue,
            LocalDate actualEnd, String subject) {
        OpportunityClose close = new OpportunityClose(opportunityId, subject, actualRevenue, actualEnd, null);
        if (won) {
            actions.winOpportunity(close, status);
        } else {
            actions.loseOpportunity(close, status);
        }
    }
}
