package org.atomic2dynamics.engine.load;

import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.engine.ledger.Outcome;

/** What the mapping made of one source row: a record to write (with later actions), or a refusal. */
public sealed interface Mapped {

    /** The Dataverse table the row is meant for; null when the mapping could not route it at all. */
    String targetTable();

    record Write(TargetRecord record, List<String> warnings, List<Object> followUps) implements Mapped {
        public Write {
            warnings = List.copyOf(warnings);
            followUps = List.copyOf(followUps);
        }

        @Override
        public String targetTable() {
            return record.table();
        }
    }

    /** Not sent: {@code outcome} is REJECTED (the value cannot go) or HELD (waiting for a person). */
    record Refuse(String targetTable, UUID targetId, Outcome outcome, String code, String reason) implements Mapped {
    }
}
