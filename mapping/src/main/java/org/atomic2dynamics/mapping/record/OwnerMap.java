package org.atomic2dynamics.mapping.record;

import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.target.EntityRef;

/**
 * Atomic CRM sales id → the Dynamics systemuser or team that owns its records, and the fallback owner for
 * records whose owner has no match or who have none (null when no fallback was given).
 */
public record OwnerMap(Map<Long, EntityRef> owners, EntityRef fallback) {

    public OwnerMap {
        owners = Map.copyOf(owners);
    }

    public Optional<EntityRef> ownerOf(Long salesId) {
        return salesId == null ? Optional.empty() : Optional.ofNullable(owners.get(salesId));
    }
}
