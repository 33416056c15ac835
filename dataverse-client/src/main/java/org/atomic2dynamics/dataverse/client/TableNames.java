package org.atomic2dynamics.dataverse.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.read.Query;
import org.atomic2dynamics.dataverse.model.ReferenceTables;
import org.atomic2dynamics.dataverse.model.TableDef;

/**
 * The URL names of the tables the client writes: logical name → entity set and primary key column. The
 * standard tables come from the reference facts; others can be added, or — with {@link #live} — are read from
 * the environment's metadata on first use and kept (a custom table created by the schema setup, perhaps in
 * another process).
 */
public final class TableNames {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Function<String, Optional<Entry>> lookup;

    /** Entity set (accounts) and primary key column (accountid) of one table. */
    public record Entry(String logicalName, String entitySet, String primaryId) {
    }

    private TableNames(Function<String, Optional<Entry>> lookup) {
        this.lookup = lookup;
        for (TableDef t : ReferenceTables.load().all().values()) {
            add(new Entry(t.logicalName(), t.entitySetName(), t.primaryId()));
        }
    }

    /** The standard tables only (and what is added). */
    public static TableNames standard() {
        return new TableNames(name -> Optional.empty());
    }

    /** The standard tables, and any other table as {@code EntityDefinitions(LogicalName='x')} describes it. */
    public static TableNames live(DataverseClient client) {
        return new TableNames(name -> read(client, name));
    }

    public TableNames add(Entry entry) {
        entries.put(entry.logicalName(), entry);
        return this;
    }

    public Entry of(String logicalName) {
        Entry e = entries.get(logicalName);
        if (e != null) {
            return e;
        }
        Optional<Entry> found = lookup.apply(logicalName);
        if (found.isPresent()) {
            add(found.get());
            return found.get();
        }
        throw new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING, "table " + logicalName
                + " does not exist in Dataverse", "run schema --apply with the mapping that creates it, or correct the"
                + " table's logical name in the mapping");
    }

    private static Optional<Entry> read(DataverseClient client, String logicalName) {
        try {
            JsonNode e = client.sendForJson(HttpCall.get("EntityDefinitions(LogicalName=" + Query.literal(logicalName)
                    + ")?$select=LogicalName,EntitySetName,PrimaryIdAttribute"));
            return Optional.of(new Entry(logicalName, e.path("EntitySetName").asText(), e.path("PrimaryIdAttribute").asText()));
        } catch (DataverseException ex) {
            if (ex.httpStatus() == 404) {
                return Optional.empty();
            }
            throw ex;
        }
    }
}
