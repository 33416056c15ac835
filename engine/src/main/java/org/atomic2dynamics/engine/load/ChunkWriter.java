package org.atomic2dynamics.engine.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.core.target.WriteResult;
import org.atomic2dynamics.engine.ledger.Outcome;
import org.atomic2dynamics.engine.ledger.RecordOutcome;

/** Maps, sorts and writes one chunk of rows, then records every row's outcome in one ledger transaction. */
final class ChunkWriter {
    private final PhasePlan plan;
    private final LoadContext ctx;
    private final Map<Long, String> previousHashes;

    ChunkWriter(PhasePlan plan, LoadContext ctx, Map<Long, String> previousHashes) {
        this.plan = plan;
        this.ctx = ctx;
        this.previousHashes = previousHashes;
    }

    /** A source row with what the mapping made of it. */
    record Row(SourceRow source, Mapped mapped) {
    }

    void write(List<Row> rows) {
        List<RecordOutcome> outcomes = new ArrayList<>(rows.size());
        List<TargetRecord> toSend = new ArrayList<>();
        Map<UUID, Pending> pending = new HashMap<>();
        for (Row pair : rows) {
            SourceRow row = pair.source();
            Mapped mapped = pair.mapped();
            if (mapped instanceof Mapped.Refuse r) {
                outcomes.add(RecordOutcome.refused(plan.sourceTable(), row.id(), plan.targetTable(), r.targetId(),
                        r.outcome(), r.code(), r.reason()));
                continue;
            }
            Mapped.Write w = (Mapped.Write) mapped;
            TargetRecord record = w.record();
            String hash = RecordHash.of(record);
            var parent = ctx.written().missingParent(record);
            if (parent.isPresent()) {
                outcomes.add(RecordOutcome.refused(plan.sourceTable(), row.id(), plan.targetTable(), record.id(),
                        Outcome.HELD, "PARENT_NOT_MIGRATED", "its " + parent.get().getKey() + " "
                                + parent.get().getValue().bindPath() + " was not migrated"));
            } else if (hash.equals(previousHashes.get(row.id())) && ctx.written().contains(record.id())) {
                outcomes.add(RecordOutcome.written(plan.sourceTable(), row.id(), plan.targetTable(), record.id(),
                        Outcome.UNCHANGED, hash));
                w.followUps().forEach(f -> ctx.followUps().accept(new FollowUpRequest(plan.sourceTable(), row.id(), f)));
            } else {
                toSend.add(record);
                pending.put(record.id(), new Pending(row.id(), hash, w));
            }
        }
        outcomes.addAll(send(toSend, pending));
        ctx.ledger().records().record(ctx.runId(), plan.name(), outcomes, rows.get(rows.size() - 1).source().id());
    }

    private List<RecordOutcome> send(List<TargetRecord> records, Map<UUID, Pending> pending) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<WriteResult> results = ctx.writer().upsert(plan.targetTable(), records);
        List<RecordOutcome> out = new ArrayList<>(results.size());
        for (WriteResult result : results) {
            Pending p = pending.get(result.id());
            if (result.status() == WriteResult.Status.REJECTED) {
                out.add(RecordOutcome.refused(plan.sourceTable(), p.sourceId(), plan.targetTable(), result.id(),
                        Outcome.REJECTED, result.code(), result.message()));
                continue;
            }
            ctx.written().add(result.id());
            p.write().followUps().forEach(f -> ctx.followUps().accept(
                    new FollowUpRequest(plan.sourceTable(), p.sourceId(), f)));
            Outcome outcome = result.status() == WriteResult.Status.CREATED ? Outcome.CREATED : Outcome.UPDATED;
            out.add(RecordOutcome.written(plan.sourceTable(), p.sourceId(), plan.targetTable(), result.id(), outcome,
                    p.hash()));
        }
        return out;
    }

    private record Pending(long sourceId, String hash, Mapped.Write write) {
    }
}
