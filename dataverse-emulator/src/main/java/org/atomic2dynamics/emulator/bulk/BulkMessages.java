package org.atomic2dynamics.emulator.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.emulator.api.BoundActions;
import org.atomic2dynamics.emulator.api.Urls;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.data.Crud;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * CreateMultiple, UpdateMultiple and UpsertMultiple on the tables whose reference lists them
 * (bulk-operations.md). On standard tables the whole message is one transaction: any failing target
 * fails it all.
 */
public final class BulkMessages {
    private final Backend backend;
    private final Crud crud;
    private final Urls urls;

    public BulkMessages(Backend backend, Crud crud, Urls urls) {
        this.backend = backend;
        this.crud = crud;
        this.urls = urls;
    }

    /** The three messages as bound actions by name. */
    public Map<String, BoundActions.Action> actions() {
        return Map.of("CreateMultiple", this::createMultiple, "UpdateMultiple", this::updateMultiple,
                "UpsertMultiple", this::upsertMultiple);
    }

    private ApiResponse createMultiple(ApiRequest req, EntityType type, Writes writes) {
        List<ObjectNode> targets = targets(req, type, "CreateMultiple");
        List<UUID> ids = writes.run(tx -> {
            List<UUID> out = new ArrayList<>(targets.size());
            for (ObjectNode t : targets) {
                out.add(crud.create(tx, type, t, req.caller()).record().id());
            }
            return out;
        });
        ObjectNode body = Json.object();
        body.put("@odata.context", urls.context("Microsoft.Dynamics.CRM.CreateMultipleResponse"));
        ArrayNode array = body.putArray("Ids");
        ids.forEach(id -> array.add(id.toString()));
        return ApiResponse.json(200, Json.bytes(body));
    }

    private ApiResponse updateMultiple(ApiRequest req, EntityType type, Writes writes) {
        List<ObjectNode> targets = targets(req, type, "UpdateMultiple");
        List<UUID> ids = new ArrayList<>();
        for (ObjectNode t : targets) {
            JsonNode id = t.get(type.primaryId());
            if (id == null || id.isNull()) {
                throw Errors.invalidArgument("Every target of UpdateMultiple needs its primary key '" + type.primaryId()
                        + "'.");
            }
            ids.add(parseId(type, id.asText()));
        }
        List<UUID> missing = ids.stream().filter(id -> backend.store().get(type.name(), id).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new DataverseException(404, "0x80040217", type.def().displayName() + " With Ids = "
                    + String.join(", ", missing.stream().map(UUID::toString).toList()) + " Do Not Exist");
        }
        writes.run(tx -> {
            for (int i = 0; i < targets.size(); i++) {
                ObjectNode t = targets.get(i).deepCopy();
                t.remove(type.primaryId());
                crud.upsert(tx, type, key(type, ids.get(i)), t, req.caller(), new Crud.Conditions("*", null));
            }
            return null;
        });
        return ApiResponse.of(204);
    }

    private ApiResponse upsertMultiple(ApiRequest req, EntityType type, Writes writes) {
        List<ObjectNode> targets = targets(req, type, "UpsertMultiple");
        writes.run(tx -> {
            for (ObjectNode t : targets) {
                UpsertTarget target = UpsertTarget.of(type, t, crud.addressing());
                crud.upsert(tx, type, target.key(), target.body(), req.caller(), Crud.Conditions.none());
            }
            return null;
        });
        return ApiResponse.of(204);
    }

    private List<ObjectNode> targets(ApiRequest req, EntityType type, String message) {
        if (!type.def().supports(message)) {
            throw Errors.invalidArgument("The '" + message + "' method does not support entities of type '"
                    + type.name() + "'. MessageProcessorCache returned MessageProcessor.Empty.");
        }
        JsonNode body = Json.parse(req.body(), type.entitySet());
        JsonNode targets = body.get("Targets");
        if (targets == null || !targets.isArray()) {
            throw Errors.payload(type.entitySet(), "The parameter 'Targets' in the request payload is not a valid "
                    + "parameter for the operation '" + message + "'.");
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode t : targets) {
            String odataType = t.path("@odata.type").asText(null);
            if (odataType == null) {
                throw Errors.payload(type.entitySet(), "An entity of the abstract type "
                        + "'Microsoft.Dynamics.CRM.crmbaseentity' was found without '@odata.type'; every target needs "
                        + "'@odata.type'.");
            }
            if (!odataType.equals(type.qualifiedName()) && !odataType.equals("#" + type.qualifiedName())) {
                throw Errors.invalidArgument("The target of type '" + odataType + "' does not match the entity set '"
                        + type.entitySet() + "' of the request; all targets must be " + type.qualifiedName() + ".");
            }
            out.add((ObjectNode) t);
        }
        return out;
    }

    static UUID parseId(EntityType type, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw Errors.literal(type.entitySet(), text, "Edm.Guid");
        }
    }

    static org.atomic2dynamics.emulator.data.KeySegment key(EntityType type, UUID id) {
        return new org.atomic2dynamics.emulator.data.KeySegment(type.entitySet(), id, null);
    }
}
