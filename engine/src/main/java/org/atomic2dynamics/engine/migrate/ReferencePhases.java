package org.atomic2dynamics.engine.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.ids.DeterministicIds;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.engine.ledger.Outcome;
import org.atomic2dynamics.engine.ledger.RecordOutcome;
import org.atomic2dynamics.engine.ledger.RunInfo;
import org.atomic2dynamics.engine.owners.OwnerLine;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.engine.owners.Resolution;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.OptionSpec;

/**
 * The two source tables that do not become records: sales become existing Dynamics users (matched, or held
 * for a person to provision while their records go to the fallback), tags become options of a multi-select
 * choice. Both are reconciled like any phase.
 */
final class ReferencePhases {
    static final String OWNERS = "sales → systemuser";
    static final String TAGS = "tags → option";

    private ReferencePhases() {
    }

    static void owners(Ledger ledger, String runId, OwnerQueue queue, DeterministicIds ids) {
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (OwnerLine line : queue.lines()) {
            if (line.owner() == null || !line.owner().known()) {
                continue;
            }
            long id = line.owner().salesId();
            if (line.resolution() == Resolution.MATCHED_USER) {
                outcomes.add(RecordOutcome.written("sales", id, "systemuser", line.assignTo().id(), Outcome.UNCHANGED,
                        "matched"));
            } else {
                String why = line.matchedUserDisabled() ? "the Dynamics user " + line.matchedUser() + " is disabled"
                        : "no Dynamics user has the email " + line.owner().email();
                String where = line.resolution() == Resolution.FALLBACK ? "; its " + line.total()
                        + " records go to the fallback owner " + queue.fallbackName() : "; its " + line.total()
                        + " records are held";
                outcomes.add(RecordOutcome.refused("sales", id, "systemuser", ids.idFor("sales", id), Outcome.HELD,
                        line.matchedUserDisabled() ? "OWNER_DISABLED" : "OWNER_MISSING", why + where));
            }
        }
        record(ledger, runId, OWNERS, 0, "sales", "systemuser", outcomes);
    }

    static void tags(Ledger ledger, String runId, SourceReader source, MappingSpec spec, DeterministicIds ids) {
        Optional<OptionSetSpec> set = spec.optionSets().stream().filter(s -> "tags".equals(s.source())).findFirst();
        Map<Long, String> previous = ledger.records().hashes("tags", "option");
        List<RecordOutcome> outcomes = new ArrayList<>();
        source.read("tags", 0, row -> {
            Optional<OptionSpec> option = set.flatMap(s -> s.bySource(String.valueOf(row.id())));
            if (option.isEmpty()) {
                outcomes.add(RecordOutcome.refused("tags", row.id(), "option", ids.idFor("tags", row.id()), Outcome.HELD,
                        "TAG_NOT_IN_MAP", "tag " + row.string("name") + " is not an option of the map's tag choice;"
                                + " plan again to add it"));
                return;
            }
            String hash = option.get().value() + ":" + option.get().label();
            Outcome outcome = !previous.containsKey(row.id()) ? Outcome.CREATED
                    : previous.get(row.id()).equals(hash) ? Outcome.UNCHANGED : Outcome.UPDATED;
            outcomes.add(RecordOutcome.written("tags", row.id(), "option", ids.idFor("tags", row.id()), outcome, hash));
        });
        record(ledger, runId, TAGS, 1, "tags", "option", outcomes);
    }

    private static void record(Ledger ledger, String runId, String phase, int seq, String source, String target,
            List<RecordOutcome> outcomes) {
        if (ledger.runs().phase(runId, phase).map(p -> RunInfo.SUCCEEDED.equals(p.status())).orElse(false)) {
            return;
        }
        ledger.runs().startPhase(runId, phase, seq, source, target);
        ledger.records().record(runId, phase, outcomes, null);
        ledger.runs().finishPhase(runId, phase, outcomes.size(), RunInfo.SUCCEEDED);
    }
}
