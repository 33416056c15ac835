package org.atomic2dynamics.engine.run;

import java.util.UUID;

/** A record that did not arrive, and why: rejected by validation or by Dataverse, or held back. */
public record Reject(String phase, String sourceTable, long sourceId, String targetTable, UUID targetId,
        String outcome, String code, String reason) {
}
