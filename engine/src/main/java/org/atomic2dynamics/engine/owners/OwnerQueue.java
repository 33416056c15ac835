package org.atomic2dynamics.engine.owners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.target.EntityRef;

/**
 * The reconciliation queue: one line per source owner (and one for records without an owner), and the
 * owner each record gets in Dynamics. {@code NO_OWNER_KEY} stands for records whose sales_id is null.
 */
public record OwnerQueue(List<OwnerLine> lines, EntityRef fallback, String fallbackName) {
    public static final long NO_OWNER_KEY = Long.MIN_VALUE;

    public OwnerQueue {
        lines = List.copyOf(lines);
    }

    /** Where records of this sales id go; empty when they are held. */
    public Optional<EntityRef> assignee(Long salesId) {
        long key = salesId == null ? NO_OWNER_KEY : salesId;
        return Optional.ofNullable(byKey().get(key)).map(OwnerLine::assignTo);
    }

    public List<OwnerLine> needingAttention() {
        return lines.stream().filter(OwnerLine::needsAttention).toList();
    }

    /** True when some records would have no owner: the load must not start. */
    public boolean blocksLoad() {
        return lines.stream().anyMatch(l -> l.resolution() == Resolution.HELD && l.total() > 0);
    }

    private Map<Long, OwnerLine> byKey() {
        Map<Long, OwnerLine> map = new HashMap<>();
        lines.forEach(l -> map.put(l.owner() == null ? NO_OWNER_KEY : l.owner().salesId(), l));
        return map;
    }
}
