package org.atomic2dynamics.engine.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.port.TargetActions;
import org.atomic2dynamics.core.port.TargetWriter;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.core.target.WriteResult;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.engine.load.FollowUpRequest;
import org.atomic2dynamics.engine.load.RecordHash;
import org.atomic2dynamics.engine.run.Reject;
import org.atomic2dynamics.mapping.record.FollowUp;

/**
 * Applies the writes that wait for the end of the load, in order: records created after the load
 * (stakeholder connections), state changes (completed tasks), and closing opportunities last — a closed
 * opportunity is read-only. Each applied write is journalled with its hash, so a re-run does not repeat it.
 */
final class FollowUpRunner {
    private final Ledger ledger;
    private final String runId;
    private final TargetWriter writer;
    private final TargetActions actions;
    private final Map<String, long[]> tally = new LinkedHashMap<>();
    private final List<Reject> failures = new ArrayList<>();

    FollowUpRunner(Ledger ledger, String runId, TargetWriter writer, TargetActions actions) {
        this.ledger = ledger;
        this.runId = runId;
        this.writer = writer;
        this.actions = actions;
    }

    /** Per kind: [applied, already done, failed]. */
    Map<String, long[]> tally() {
        return tally;
    }

    List<Reject> failures() {
        return failures;
    }

    void run(List<FollowUpRequest> requests) {
        List<FollowUpRequest> sorted = new ArrayList<>(requests);
        sorted.sort(Comparator.comparingInt(FollowUpRunner::order));
        List<FollowUpRequest> records = new ArrayList<>();
        for (FollowUpRequest r : sorted) {
            if (order(r) == 1) {
                records.add(r);
            } else {
                if (!records.isEmpty()) {
                    writeRecords(records);
                    records.clear();
                }
                apply(r);
            }
        }
        writeRecords(records);
    }

    private void writeRecords(List<FollowUpRequest> requests) {
        Map<String, List<FollowUpRequest>> byTable = new LinkedHashMap<>();
        for (FollowUpRequest r : requests) {
            TargetRecord record = record(r);
            if (alreadyDone(FollowUpKeys.key(r.action()), RecordHash.of(record), "record " + record.table())) {
                continue;
            }
            byTable.computeIfAbsent(record.table(), k -> new ArrayList<>()).add(r);
        }
        byTable.forEach((table, group) -> {
            List<WriteResult> results = writer.upsert(table, group.stream().map(FollowUpRunner::record).toList());
            for (int i = 0; i < results.size(); i++) {
                FollowUpRequest r = group.get(i);
                WriteResult w = results.get(i);
                if (w.status() == WriteResult.Status.REJECTED) {
                    fail(r, "record " + table, w.code(), w.message());
                } else {
                    done(r, "record " + table, RecordHash.of(record(r)));
                }
            }
        });
    }

    private void apply(FollowUpRequest r) {
        String kind = FollowUpKeys.kind(r.action());
        String hash = FollowUpKeys.hash(r.action());
        if (alreadyDone(FollowUpKeys.key(r.action()), hash, kind)) {
            return;
        }
        try {
            if (r.action() instanceof FollowUp.SetState s) {
                actions.setState(s.table(), s.id(), s.statecode(), s.statuscode(), s.attributes());
            } else if (r.action() instanceof FollowUp.CloseOpportunity c) {
                actions.closeOpportunity(c.opportunityId(), c.won(), c.status(), c.actualRevenue(), c.actualEnd(),
                        c.subject());
            }
            done(r, kind, hash);
        } catch (MigrationException e) {
            fail(r, kind, e.code().name(), e.getMessage());
        }
    }

    private boolean alreadyDone(String key, String hash, String kind) {
        if (ledger.followUps().appliedHash(key).filter(hash::equals).isPresent()) {
            count(kind, 1);
            return true;
        }
        return false;
    }

    private void done(FollowUpRequest r, String kind, String hash) {
        ledger.followUps().applied(runId, FollowUpKeys.key(r.action()), hash);
        count(kind, 0);
    }

    private void fail(FollowUpRequest r, String kind, String code, String message) {
        count(kind, 2);
        failures.add(new Reject("follow-up: " + kind, r.sourceTable(), r.sourceId(), null, null, "rejected", code, message));
    }

    private void count(String kind, int slot) {
        tally.computeIfAbsent(kind, k -> new long[3])[slot]++;
    }

    private static int order(FollowUpRequest r) {
        return r.action() instanceof FollowUp f ? f.order() : 1;
    }

    private static TargetRecord record(FollowUpRequest r) {
        return FollowUpKeys.record(r.action());
    }
}
