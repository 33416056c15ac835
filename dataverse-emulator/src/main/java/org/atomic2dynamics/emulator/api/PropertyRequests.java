package org.atomic2dynamics.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.data.Crud;
import org.atomic2dynamics.emulator.data.KeySegment;
import org.atomic2dynamics.emulator.data.ValueCodec;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Ref;

/**
 * Single-property requests: {@code GET/PUT/DELETE accounts(id)/name} and
 * {@code PUT/DELETE accounts(id)/parentaccountid/$ref}. Each is an update of an existing record.
 */
final class PropertyRequests {
    private PropertyRequests() {
    }

    static ApiResponse handle(ApiRequest req, Urls urls, Crud crud, EntityType type, KeySegment key,
                              List<String> rest, Writes writes) {
        String property = rest.get(0);
        boolean ref = rest.size() == 2 && rest.get(1).equals("$ref");
        if (rest.size() > 2 || (rest.size() == 2 && !ref)) {
            throw Errors.segmentNotFound(rest.get(rest.size() - 1));
        }
        if (req.method().equals("GET") && !ref) {
            return read(urls, crud, type, key, property);
        }
        ObjectNode body = Json.object();
        String name = ref ? property + "@odata.bind" : property;
        switch (req.method()) {
            case "PUT" -> {
                JsonNode in = Json.parse(req.body(), type.entitySet());
                body.set(name, ref ? in.path("@odata.id") : in.path("value"));
            }
            case "DELETE" -> body.putNull(name);
            default -> throw Errors.methodNotAllowed(req.method());
        }
        writes.run(tx -> crud.upsert(tx, type, key, body, req.caller(), new Crud.Conditions("*", null)));
        return ApiResponse.of(204);
    }

    private static ApiResponse read(Urls urls, Crud crud, EntityType type, KeySegment key, String property) {
        ColumnDef column = type.property(property).filter(c -> !c.type().isLookup())
                .or(() -> type.lookupValue(property))
                .orElseThrow(() -> Errors.unknownProperty(type.name(), property));
        Record record = crud.retrieve(type, key);
        Object value = column.logicalName().equals(type.primaryId()) ? record.id() : record.get(column.logicalName());
        if (value instanceof Ref r) {
            value = r.id();
        }
        ObjectNode out = Json.object();
        out.put("@odata.context", urls.context(type.entitySet() + "(" + record.id() + ")/" + property));
        out.set("value", ValueCodec.toJson(value));
        return ApiResponse.json(200, Json.bytes(out));
    }
}
