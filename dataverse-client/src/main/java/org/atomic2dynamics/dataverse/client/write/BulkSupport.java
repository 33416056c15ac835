package org.atomic2dynamics.dataverse.client.write;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.read.Query;

/**
 * Whether a table supports a bulk message, asked once per table and message from sdkmessagefilters (not
 * every standard table does) and remembered. A probe the server refuses counts as "not supported", so the
 * writer falls back to $batch; only an authentication failure is thrown. A bulk request refused because the
 * table lacks the message also marks it unsupported, so later chunks skip the doomed request.
 */
public final class BulkSupport {
    private final DataverseClient client;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    public BulkSupport(DataverseClient client) {
        this.client = client;
    }

    public boolean supports(String table, String message) {
        return known.computeIfAbsent(table + "/" + message, k -> probe(table, message));
    }

    /** The server said the table has no such message (whatever the probe said). */
    void unsupported(String table, String message) {
        known.put(table + "/" + message, false);
    }

    /** True once the probe or a refused request showed the table lacks the message; never probes. */
    boolean knownUnsupported(String table, String message) {
        return Boolean.FALSE.equals(known.get(table + "/" + message));
    }

    public static String messageFor(WriteMode mode) {
        switch (mode) {
            case CREATE:
                return "CreateMultiple";
            case UPDATE:
                return "UpdateMultiple";
            default:
                return "UpsertMultiple";
        }
    }

    private boolean probe(String table, String message) {
        String filter = "sdkmessageid/name eq @message and primaryobjecttypecode eq @table";
        String path = "sdkmessagefilters?$select=sdkmessagefilterid&$filter=" + Query.encode(filter)
                + "&@message=" + Query.encode(Query.literal(message)) + "&@table=" + Query.encode(Query.literal(table));
        try {
            return client.sendForJson(HttpCall.get(path)).path("value").size() > 0;
        } catch (DataverseException e) {
            if (e.httpStatus() == 401) {
                throw e;
            }
            return false;
        }
    }
}
