package org.atomic2dynamics.emulator.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every alternate key by table. Status changes replace the key value; readers see one or the other. */
public final class AlternateKeys {
    private final Map<String, List<AlternateKey>> byTable = new ConcurrentHashMap<>();

    public void add(AlternateKey key) {
        byTable.computeIfAbsent(key.table(), t -> new CopyOnWriteArrayList<>()).add(key);
    }

    public void replace(AlternateKey key) {
        List<AlternateKey> keys = byTable.get(key.table());
        if (keys != null) {
            keys.replaceAll(k -> k.metadataId().equals(key.metadataId()) ? key : k);
        }
    }

    public List<AlternateKey> of(String table) {
        return List.copyOf(byTable.getOrDefault(table, List.of()));
    }

    public List<AlternateKey> all() {
        List<AlternateKey> out = new ArrayList<>();
        byTable.values().forEach(out::addAll);
        return out;
    }

    public Optional<AlternateKey> find(UUID metadataId) {
        return all().stream().filter(k -> k.metadataId().equals(metadataId)).findFirst();
    }

    /** The key of a table made of exactly these columns (in any order), whatever its status. */
    public Optional<AlternateKey> matching(String table, Set<String> columns) {
        return of(table).stream().filter(k -> new HashSet<>(k.attributes()).equals(columns)).findFirst();
    }

    public void clear() {
        byTable.clear();
    }
}
