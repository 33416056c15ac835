package org.atomic2dynamics.engine.ledger;

/** A run as the ledger holds it. Times are ISO-8601 UTC; {@code finishedAt} is null while it runs. */
public record RunInfo(
        String id,
        String kind,
        String startedAt,
        String finishedAt,
        String status,
        String mappingHash,
        String sourceInstance,
        String target) {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String COMPLETED_WITH_REJECTS = "completed-with-rejects";
    public static final String FAILED = "failed";
}
