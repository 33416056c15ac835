package org.atomic2dynamics.dataverse.client.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.read.RecordReader;

/**
 * CreateMultiple / UpdateMultiple / UpsertMultiple. A bulk request is one transaction: when Dataverse
 * refuses it, nothing was written, so the chunk is split in halves and each half sent again until the bad
 * records stand alone and become rejects with the server's code and message. Upsert does not say what it
 * did, so the ids of a chunk are looked up first (one GET) to report created vs updated. When the environment
 * lacks the message for the table after all (404 0x8006088a, 405/501, or "does not support entities of
 * type"), the chunk goes out as a $batch instead, and so do the table's later chunks.
 */
final class BulkWriter {
    /** SQL timeout: the request was too big for the time limit, so smaller halves can pass. */
    private static final String SQL_TIMEOUT = "0x80044151";

    /** "Resource not found for the segment": the environment has no such bulk message for the table. */
    private static final String NO_SUCH_MESSAGE = "0x8006088a";

    /** The text of "The 'CreateMultiple' method does not support entities of type 'task'. ..." (400). */
    private static final String NOT_FOR_THIS_TABLE = "does not support entities of type";

    private final DataverseClient client;
    private final TableNames tables;
    private final RecordJson json;
    private final RecordReader reader;
    private final BatchWriter fallback;
    private final BulkSupport support;

    BulkWriter(DataverseClient client, TableNames tables, RecordJson json, RecordReader reader, BatchWriter fallback,
            BulkSupport support) {
        this.client = client;
        this.tables = tables;
        this.json = json;
        this.reader = reader;
        this.fallback = fallback;
        this.support = support;
    }

    List<WriteOutcome> write(String table, WriteMode mode, List<TargetRecord> chunk) {
        if (support.knownUnsupported(table, BulkSupport.messageFor(mode))) {
            return fallback.write(mode, chunk);
        }
        Set<UUID> existing = mode == WriteMode.UPSERT
                ? reader.existing(table, chunk.stream().map(TargetRecord::id).collect(Collectors.toList()))
                : Set.of();
        return send(table, mode, chunk, existing);
    }

    private List<WriteOutcome> send(String table, WriteMode mode, List<TargetRecord> chunk, Set<UUID> existing) {
        try {
            client.send(call(table, mode, chunk));
            return chunk.stream().map(r -> outcome(r, mode, existing)).collect(Collectors.toList());
        } catch (DataverseException e) {
            SingleRequests.rethrowIfAuth(e);
            if (messageMissing(e)) {
                support.unsupported(table, BulkSupport.messageFor(mode));
                return fallback.write(mode, chunk); // not a record problem: the message is missing, so use $batch
            }
            boolean splittable = !e.retriable() || SQL_TIMEOUT.equalsIgnoreCase(e.dataverseCode());
            if (chunk.size() == 1 || !splittable) {
                return chunk.stream().map(r -> WriteOutcome.failed(r.id(), e)).collect(Collectors.toList());
            }
            client.stats().split();
            int half = chunk.size() / 2;
            List<WriteOutcome> out = new ArrayList<>(send(table, mode, chunk.subList(0, half), existing));
            out.addAll(send(table, mode, chunk.subList(half, chunk.size()), existing));
            return out;
        }
    }

    private static boolean messageMissing(DataverseException e) {
        return NO_SUCH_MESSAGE.equalsIgnoreCase(e.dataverseCode()) || e.httpStatus() == 405 || e.httpStatus() == 501
                || e.serverMessage().contains(NOT_FOR_THIS_TABLE);
    }

    private HttpCall call(String table, WriteMode mode, List<TargetRecord> chunk) {
        TableNames.Entry t = tables.of(table);
        ObjectNode body = client.json().createObjectNode();
        ArrayNode targets = body.putArray("Targets");
        for (TargetRecord r : chunk) {
            ObjectNode target = targets.addObject();
            target.put("@odata.type", "Microsoft.Dynamics.CRM." + t.logicalName());
            target.put(t.primaryId(), r.id().toString());
            target.setAll(json.body(r));
        }
        return HttpCall.json("POST", t.entitySet() + "/Microsoft.Dynamics.CRM." + BulkSupport.messageFor(mode),
                body.toString());
    }

    private static WriteOutcome outcome(TargetRecord r, WriteMode mode, Set<UUID> existing) {
        switch (mode) {
            case CREATE:
                return WriteOutcome.created(r.id());
            case UPDATE:
                return WriteOutcome.updated(r.id());
            default:
                return WriteOutcome.written(r.id(), existing.contains(r.id()));
        }
    }
}
