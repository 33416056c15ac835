package org.atomic2dynamics.emulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.EntityType;

/** {@code GET /api/data/v9.2/}: the entity sets the service offers. */
final class ServiceDocument {
    private ServiceDocument() {
    }

    static ApiResponse response(Backend backend) {
        ObjectNode body = Json.object();
        body.put("@odata.context", "$metadata");
        ArrayNode value = body.putArray("value");
        backend.schema().all().stream().sorted(Comparator.comparing(EntityType::entitySet)).forEach(t -> {
            ObjectNode set = value.addObject();
            set.put("name", t.entitySet());
            set.put("kind", "EntitySet");
            set.put("url", t.entitySet());
        });
        return ApiResponse.json(200, Json.bytes(body));
    }
}
