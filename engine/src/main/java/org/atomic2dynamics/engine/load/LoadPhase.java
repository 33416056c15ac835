package org.atomic2dynamics.engine.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.engine.ledger.PhaseRecord;
import org.atomic2dynamics.engine.ledger.RunInfo;
import org.atomic2dynamics.engine.run.PhaseReport;

/**
 * Runs one phase: read (in id order) → map → keep this phase's rows → skip unchanged → write → record, one chunk at
 * a time, each chunk one ledger transaction with a checkpoint. Resuming skips the rows up to the checkpoint
 * (they are still counted, so the source count stays exact).
 */
public final class LoadPhase {
    private final PhasePlan plan;
    private final int seq;

    public LoadPhase(PhasePlan plan, int seq) {
        this.plan = plan;
        this.seq = seq;
    }

    public PhaseReport run(LoadContext ctx) {
        ctx.ledger().runs().startPhase(ctx.runId(), plan.name(), seq, plan.sourceTable(), plan.targetTable());
        long checkpoint = ctx.ledger().runs().phase(ctx.runId(), plan.name()).map(PhaseRecord::checkpoint)
                .orElse(0L);
        Map<Long, String> hashes = ctx.force() ? Map.of() : ctx.ledger().records().hashes(plan.sourceTable(), plan.targetTable());
        ChunkWriter chunks = new ChunkWriter(plan, ctx, hashes);
        List<ChunkWriter.Row> buffer = new ArrayList<>(ctx.chunkSize());
        long[] accepted = {0};
        ctx.source().read(plan.sourceTable(), 0, row -> {
            Mapped mapped = plan.mapping().map(row);
            if (!plan.claims(mapped)) {
                return;
            }
            accepted[0]++;
            if (row.id() <= checkpoint) {
                return;
            }
            buffer.add(new ChunkWriter.Row(row, mapped));
            if (buffer.size() >= ctx.chunkSize()) {
                chunks.write(List.copyOf(buffer));
                buffer.clear();
            }
        });
        if (!buffer.isEmpty()) {
            chunks.write(List.copyOf(buffer));
        }
        ctx.ledger().runs().finishPhase(ctx.runId(), plan.name(), accepted[0], RunInfo.SUCCEEDED);
        PhaseRecord done = ctx.ledger().runs().phase(ctx.runId(), plan.name()).orElseThrow();
        ctx.progress().accept(String.format("%-28s %6d records", plan.name(), accepted[0]));
        return new PhaseReport(plan.name(), plan.sourceTable(), plan.targetTable(), done.counts(), done.status());
    }
}
