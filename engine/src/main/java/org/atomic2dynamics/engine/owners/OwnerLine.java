package org.atomic2dynamics.engine.owners;

import java.util.Map;
import org.atomic2dynamics.core.target.EntityRef;

/**
 * One line of the reconciliation queue. {@code owner} is null on the line of records nobody owns.
 * {@code owned} counts records per source table; {@code assignTo} is null when the records are held.
 */
public record OwnerLine(
        SourceOwner owner,
        Match match,
        String matchedUser,
        boolean matchedUserDisabled,
        Map<String, Long> owned,
        Resolution resolution,
        EntityRef assignTo) {

    public OwnerLine {
        owned = Map.copyOf(owned);
    }

    public long total() {
        return owned.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Lines a person must act on: no active match for records that exist. */
    public boolean needsAttention() {
        return resolution != Resolution.MATCHED_USER && total() > 0;
    }
}
