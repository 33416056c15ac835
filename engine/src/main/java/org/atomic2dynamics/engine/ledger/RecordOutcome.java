package org.atomic2dynamics.engine.ledger;

import java.util.UUID;

/**
 * The outcome of one source record in a phase. {@code hash} is the hash of what was sent (null when nothing
 * was sent); {@code code} and {@code reason} explain a rejection or a hold.
 */
public record RecordOutcome(
        String sourceTable,
        long sourceId,
        String targetTable,
        UUID targetId,
        Outcome outcome,
        String hash,
        String code,
        String reason) {

    public static RecordOutcome written(String sourceTable, long sourceId, String targetTable, UUID targetId,
            Outcome outcome, String hash) {
        return new RecordOutcome(sourceTable, sourceId, targetTable, targetId, outcome, hash, null, null);
    }

    public static RecordOutcome refused(String sourceTable, long sourceId, String targetTable, UUID targetId,
            Outcome outcome, String code, String reason) {
        return new RecordOutcome(sourceTable, sourceId, targetTable, targetId, outcome, null, code, reason);
    }
}
