package org.atomic2dynamics.dataverse.client.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.http.HttpCall;

/**
 * The single request that writes one record in a mode: PATCH set(id) upserts; POST set with the id in the
 * body creates (412 if it exists); PATCH with If-Match: * only updates (404 if missing). Used alone and as
 * the parts of a $batch.
 */
public final class WriteCalls {
    private final TableNames tables;
    private final RecordJson json;

    public WriteCalls(TableNames tables, RecordJson json) {
        this.tables = tables;
        this.json = json;
    }

    public HttpCall call(TargetRecord record, WriteMode mode) {
        TableNames.Entry t = tables.of(record.table());
        ObjectNode body = json.body(record);
        switch (mode) {
            case CREATE:
                body.put(t.primaryId(), record.id().toString());
                return HttpCall.json("POST", t.entitySet(), json.text(body));
            case UPDATE:
                return HttpCall.json("PATCH", byId(t, record.id()), json.text(body)).withHeader("If-Match", "*");
            default:
                return HttpCall.json("PATCH", byId(t, record.id()), json.text(body));
        }
    }

    public HttpCall delete(String table, UUID id) {
        return HttpCall.delete(byId(tables.of(table), id));
    }

    static String byId(TableNames.Entry table, UUID id) {
        return table.entitySet() + "(" + id + ")";
    }
}
