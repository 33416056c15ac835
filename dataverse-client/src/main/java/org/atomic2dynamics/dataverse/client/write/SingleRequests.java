package org.atomic2dynamics.dataverse.client.write;

import java.util.UUID;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.HttpAnswer;
import org.atomic2dynamics.dataverse.client.http.HttpCall;

/**
 * One record, one request. An upsert asks for the representation of the key only, because the status
 * tells what happened: 201 created, 200 updated. Authentication failures are thrown (nothing can be
 * written); a record's own error becomes a rejected outcome.
 */
public final class SingleRequests {
    private final DataverseClient client;
    private final TableNames tables;
    private final WriteCalls calls;

    public SingleRequests(DataverseClient client, TableNames tables, WriteCalls calls) {
        this.client = client;
        this.tables = tables;
        this.calls = calls;
    }

    public WriteOutcome write(TargetRecord record, WriteMode mode) {
        try {
            HttpAnswer answer = client.send(call(record, mode));
            return outcome(record, mode, answer.status());
        } catch (DataverseException e) {
            rethrowIfAuth(e);
            return WriteOutcome.failed(record.id(), e);
        }
    }

    /** The write request; an upsert asks for the key back so that 201/200 says created/updated. */
    HttpCall call(TargetRecord record, WriteMode mode) {
        HttpCall call = calls.call(record, mode);
        if (mode != WriteMode.UPSERT) {
            return call;
        }
        String key = tables.of(record.table()).primaryId();
        return new HttpCall(call.method(), call.path() + "?$select=" + key, call.headers(), call.body())
                .withHeader("Prefer", "return=representation");
    }

    static WriteOutcome outcome(TargetRecord record, WriteMode mode, int status) {
        if (mode == WriteMode.UPSERT) {
            return WriteOutcome.written(record.id(), status != 201);
        }
        return mode == WriteMode.CREATE ? WriteOutcome.created(record.id()) : WriteOutcome.updated(record.id());
    }

    /** Without valid credentials nothing can be written: stop instead of rejecting every record. */
    static void rethrowIfAuth(DataverseException e) {
        if (e.httpStatus() == 401 || e.httpStatus() == 403) {
            throw e;
        }
    }

    /** Deletes one record; false when it was already gone. */
    public boolean delete(String table, UUID id) {
        try {
            client.send(calls.delete(table, id));
            return true;
        } catch (DataverseException e) {
            if (e.httpStatus() == 404) {
                return false;
            }
            throw e;
        }
    }
}
