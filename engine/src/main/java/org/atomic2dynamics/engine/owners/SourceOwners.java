package org.atomic2dynamics.engine.owners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.port.SourceReader;

/** Reads the owners (sales) and counts what each owns, from the source, in one pass per table. */
public final class SourceOwners {
    /** Tables whose rows have an owner (sales_id). */
    public static final List<String> OWNED_TABLES = List.of("companies", "contacts", "deals", "tasks",
            "contact_notes", "deal_notes");

    private SourceOwners() {
    }

    public static List<SourceOwner> owners(SourceReader source) {
        List<SourceOwner> out = new ArrayList<>();
        source.read("sales", 0, row -> out.add(new SourceOwner(row.id(), row.string("first_name"),
                row.string("last_name"), row.string("email"), Boolean.TRUE.equals(row.get("disabled")))));
        return out;
    }

    /** Per sales id ({@link OwnerQueue#NO_OWNER_KEY} for none), the number of rows it owns in each table. */
    public static Map<Long, Map<String, Long>> owned(SourceReader source) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (String table : OWNED_TABLES) {
            source.read(table, 0, row -> {
                Long owner = row.longValue("sales_id");
                long key = owner == null ? OwnerQueue.NO_OWNER_KEY : owner;
                out.computeIfAbsent(key, k -> new HashMap<>()).merge(table, 1L, Long::sum);
            });
        }
        return out;
    }
}
