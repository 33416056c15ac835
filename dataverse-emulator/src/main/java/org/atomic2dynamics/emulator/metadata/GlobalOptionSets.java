package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Segments;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.data.KeySegment;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;

/** {@code GlobalOptionSetDefinitions}: read global choices by id or Name, and create them. */
public final class GlobalOptionSets implements Operation {
    private final MetadataContext ctx;

    GlobalOptionSets(MetadataContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ApiResponse handle(ApiRequest req, Writes writes) {
        List<String> seg = Segments.split(req.path());
        boolean single = seg.get(0).contains("(");
        if (req.method().equals("GET")) {
            return single ? one(seg.get(0)) : all();
        }
        if (req.method().equals("POST") && !single) {
            UUID id = create(Json.parse(req.body(), "GlobalOptionSetDefinitions"), MetadataContext.solution(req));
            return ApiResponse.of(204).header("OData-EntityId", ctx.urls().api() + "GlobalOptionSetDefinitions(" + id + ")");
        }
        throw Errors.methodNotAllowed(req.method());
    }

    private ApiResponse all() {
        ObjectNode body = Json.object().put("@odata.context", ctx.urls().context("GlobalOptionSetDefinitions"));
        ArrayNode value = body.putArray("value");
        ctx.registry().optionSets().forEach(s -> value.add(ctx.json().globalOptionSet(s)));
        return ApiResponse.json(200, Json.bytes(body));
    }

    private ApiResponse one(String segment) {
        KeySegment key = KeySegment.parse(segment).orElseThrow(() -> Errors.segmentNotFound(segment));
        GlobalOptionSet set = (key.byId() ? ctx.registry().optionSet(key.id()) : ctx.registry().optionSet(key.keys().get("Name")))
                .orElseThrow(() -> new DataverseException(404, "0x80040217", "Could not find optionset " + segment + "."));
        ObjectNode body = Json.object().put("@odata.context", ctx.urls().context("GlobalOptionSetDefinitions/$entity"));
        body.setAll(ctx.json().globalOptionSet(set));
        return ApiResponse.json(200, Json.bytes(body));
    }

    private UUID create(JsonNode body, String solution) {
        String name = body.path("Name").asText(null);
        ctx.prefixes().checkSchemaName(solution, name, "option set");
        if (ctx.registry().optionSet(name).isPresent()) {
            throw new DataverseException(412, "0x80044363", "An option set with the name '" + name + "' already exists.");
        }
        List<OptionDef> options = new java.util.ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (JsonNode o : body.path("Options")) {
            int value = o.path("Value").asInt();
            ctx.prefixes().checkOptionValue(solution, value);
            if (!seen.add(value)) {
                throw Errors.invalidArgument("The option value " + value + " is used twice.");
            }
            options.add(OptionDef.of(value, Labels.text(o.path("Label"))));
        }
        UUID id = UUID.randomUUID();
        ctx.registry().putOptionSet(new GlobalOptionSet(id, new OptionSetDef(name, Labels.text(body.get("DisplayName")),
                options), Labels.text(body.get("Description")), solution == null ? Prefixes.DEFAULT_SOLUTION : solution));
        ctx.registry().record(solution == null ? Prefixes.DEFAULT_SOLUTION : solution, 9, id);
        return id;
    }
}
