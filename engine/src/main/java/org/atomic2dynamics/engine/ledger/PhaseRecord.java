package org.atomic2dynamics.engine.ledger;

/** A phase of a run as the ledger holds it. */
public record PhaseRecord(
        String runId,
        String name,
        int seq,
        String sourceTable,
        String targetTable,
        PhaseCounts counts,
        Long checkpoint,
        String status) {
}
