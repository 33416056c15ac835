package org.atomic2dynamics.dataverse.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.model.ReferenceTables;
import org.atomic2dynamics.dataverse.model.TableDef;

/**
 * The URL names of the tables the client writes: logical name → entity set and primary key column. The
 * standard tables come from the reference facts; others can be added (a custom table created elsewhere).
 */
public final class TableNames {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Entity set (accounts) and primary key column (accountid) of one table. */
    public record Entry(String logicalName, String entitySet, String primaryId) {
    }

    public static TableNames standard() {
        TableNames names = new TableNames();
        for (TableDef t : ReferenceTables.load().all().values()) {
            names.add(new Entry(t.logicalName(), t.entitySetName(), t.primaryId()));
        }
        return names;
    }

    public TableNames add(Entry entry) {
        entries.put(entry.logicalName(), entry);
        return this;
    }

    public Entry of(String logicalName) {
        Entry e = entries.get(logicalName);
        if (e == null) {
            throw new MigrationException(ErrorCode.MAPPING_INVALID, "table " + logicalName + " is not a known Dataverse table",
                    "use the logical name of a standard table (account, contact, lead, opportunity, task, annotation)");
        }
        return e;
    }
}
