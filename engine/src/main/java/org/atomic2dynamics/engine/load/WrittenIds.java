package org.atomic2dynamics.engine.load;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;

/**
 * The ids of every record the migration has written, so a child whose parent never arrived is held back
 * with a reason instead of failing in Dataverse with a bind error. Only entity sets the migration writes are
 * checked; owners and currencies exist in Dataverse already.
 */
public final class WrittenIds {
    private final Set<UUID> ids = new HashSet<>();
    private final Set<String> migratedSets;

    public WrittenIds(Set<String> migratedEntitySets) {
        this.migratedSets = Set.copyOf(migratedEntitySets);
    }

    public void add(UUID id) {
        ids.add(id);
    }

    public boolean contains(UUID id) {
        return ids.contains(id);
    }

    /** The first bind of {@code record} that points at a migrated record not written, if any. */
    public Optional<Map.Entry<String, EntityRef>> missingParent(TargetRecord record) {
        return record.binds().entrySet().stream()
                .filter(e -> migratedSets.contains(e.getValue().entitySet()) && !ids.contains(e.getValue().id()))
                .findFirst();
    }
}
