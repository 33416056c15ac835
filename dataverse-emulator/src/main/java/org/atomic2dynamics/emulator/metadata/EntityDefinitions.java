package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Segments;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.data.KeySegment;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.AlternateKey;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * {@code EntityDefinitions}: read tables, their Attributes (also through typed casts such as
 * {@code /Microsoft.Dynamics.CRM.StringAttributeMetadata}) and Keys, and create tables, columns and keys.
 */
public final class EntityDefinitions implements Operation {
    private static final String CAST = "Microsoft.Dynamics.CRM.";

    private final MetadataContext ctx;
    private final ColumnCreation columns;
    private final KeyCreation keys;
    private final TableCreation tables;

    EntityDefinitions(MetadataContext ctx) {
        this.ctx = ctx;
        this.columns = new ColumnCreation(ctx);
        this.keys = new KeyCreation(ctx);
        this.tables = new TableCreation(ctx, columns);
    }

    @Override
    public ApiResponse handle(ApiRequest req, Writes writes) {
        List<String> seg = Segments.split(req.path());
        if (seg.size() == 1 && !seg.get(0).contains("(")) {
            if (req.method().equals("POST")) {
                UUID id = tables.create(Json.parse(req.body(), "EntityDefinitions"), MetadataContext.solution(req));
                return ApiResponse.of(204).header("OData-EntityId", ctx.urls().api() + "EntityDefinitions(" + id + ")");
            }
            if (!req.method().equals("GET")) {
                throw Errors.methodNotAllowed(req.method());
            }
            return entities(req);
        }
        EntityType type = table(seg.get(0));
        if (seg.size() == 1) {
            return ok(entity(req, type));
        }
        String part = Segments.name(seg.get(1));
        String cast = seg.size() > 2 && seg.get(2).startsWith(CAST) ? seg.get(2) : null;
        return switch (part + " " + req.method()) {
            case "Attributes GET" -> seg.get(1).contains("(") ? ok(attribute(req, type, seg.get(1), cast))
                    : ok(collection(attributes(req, type, cast)));
            case "Attributes POST" -> created(seg.get(0) + "/Attributes", columns.create(type, Json.parse(req.body(),
                    "EntityDefinitions"), MetadataContext.solution(req)));
            case "Keys GET" -> seg.get(1).contains("(") ? ok(key(type, seg.get(1))) : ok(collection(keys(type)));
            case "Keys POST" -> created(seg.get(0) + "/Keys", keys.create(type, Json.parse(req.body(), "EntityDefinitions"),
                    MetadataContext.solution(req)));
            default -> throw Errors.methodNotAllowed(req.method());
        };
    }

    private EntityType table(String segment) {
        KeySegment key = KeySegment.parse(segment).orElseThrow(() -> Errors.segmentNotFound(segment));
        String name = key.byId() ? null : key.keys().get("LogicalName");
        return ctx.backend().schema().all().stream()
                .filter(t -> name != null ? t.name().equals(name) : ctx.registry().tableId(t.name()).equals(key.id()))
                .findFirst().orElseThrow(() -> Errors.notFound("EntityMetadata", key.byId() ? key.id() : UUID.randomUUID()));
    }

    private ApiResponse entities(ApiRequest req) {
        Predicate<ObjectNode> filter = SimpleFilter.parse(req.queryOption("$filter"));
        ArrayNode value = Json.mapper().createArrayNode();
        for (EntityType t : ctx.backend().schema().all()) {
            ObjectNode e = entity(req, t);
            if (filter.test(e)) {
                value.add(e);
            }
        }
        return ok(collection(value));
    }

    private ObjectNode entity(ApiRequest req, EntityType type) {
        ObjectNode e = MetadataJson.select(ctx.json().entity(type), selected(req.queryOption("$select")), Map.of());
        String expand = req.queryOption("$expand");
        if (expand != null && expand.contains("Attributes")) {
            e.set("Attributes", attributes(req, type, null));
        }
        if (expand != null && expand.contains("Keys")) {
            e.set("Keys", keys(type));
        }
        return e;
    }

    private ArrayNode attributes(ApiRequest req, EntityType type, String cast) {
        ArrayNode out = Json.mapper().createArrayNode();
        List<String> select = selected(nested(req.queryOption("$expand"), "Attributes", req.queryOption("$select")));
        for (ColumnDef c : type.def().columns().values()) {
            if (cast == null || MetadataJson.metadataType(c.type()).equals(cast)) {
                out.add(MetadataJson.select(ctx.json().attribute(type, c), select, Map.of()));
            }
        }
        return out;
    }

    private ObjectNode attribute(ApiRequest req, EntityType type, String segment, String cast) {
        KeySegment key = KeySegment.parse(segment).orElseThrow(() -> Errors.segmentNotFound(segment));
        ColumnDef column = type.def().columns().values().stream()
                .filter(c -> key.byId() ? ctx.registry().columnId(type.name(), c.logicalName()).equals(key.id())
                        : c.logicalName().equals(key.keys().get("LogicalName")))
                .findFirst().orElseThrow(() -> Errors.notFound("AttributeMetadata", key.byId() ? key.id() : UUID.randomUUID()));
        if (cast != null && !MetadataJson.metadataType(column.type()).equals(cast)) {
            throw Errors.segmentNotFound(cast);
        }
        ObjectNode a = MetadataJson.select(ctx.json().attribute(type, column), selected(req.queryOption("$select")), Map.of());
        String expand = req.queryOption("$expand");
        if (expand != null && expand.contains("OptionSet") && (column.type().isChoice() || !column.options().isEmpty())) {
            if (expand.contains("GlobalOptionSet")) {
                a.set("GlobalOptionSet", column.optionSetName() == null ? null : ctx.json().optionSet(column));
            }
            if (expand.replace("GlobalOptionSet", "").contains("OptionSet")) {
                a.set("OptionSet", column.optionSetName() == null ? ctx.json().optionSet(column) : null);
            }
        }
        return a;
    }

    private ArrayNode keys(EntityType type) {
        ArrayNode out = Json.mapper().createArrayNode();
        ctx.backend().keys().of(type.name()).forEach(k -> out.add(ctx.json().key(k)));
        return out;
    }

    private ObjectNode key(EntityType type, String segment) {
        KeySegment key = KeySegment.parse(segment).orElseThrow(() -> Errors.segmentNotFound(segment));
        AlternateKey found = ctx.backend().keys().of(type.name()).stream()
                .filter(k -> key.byId() ? k.metadataId().equals(key.id()) : k.logicalName().equals(key.keys().get("LogicalName")))
                .findFirst().orElseThrow(() -> Errors.notFound("EntityKeyMetadata", key.byId() ? key.id() : UUID.randomUUID()));
        return ctx.json().key(found);
    }

    /** The $select inside {@code $expand=Attributes($select=a,b)}, or the outer one for a direct read. */
    private static String nested(String expand, String nav, String outer) {
        if (expand == null || !expand.contains(nav + "(")) {
            return expand != null && expand.contains(nav) ? null : outer;
        }
        String inner = expand.substring(expand.indexOf(nav + "(") + nav.length() + 1);
        for (String option : inner.substring(0, inner.indexOf(')')).split(";")) {
            if (option.startsWith("$select=")) {
                return option.substring(8);
            }
        }
        return null;
    }

    private static List<String> selected(String select) {
        return select == null || select.isBlank() ? null : Arrays.stream(select.split(",")).map(String::trim).toList();
    }

    private ObjectNode collection(ArrayNode value) {
        ObjectNode body = Json.object();
        body.put("@odata.context", ctx.urls().context("EntityDefinitions"));
        body.set("value", value);
        return body;
    }

    private ApiResponse ok(ObjectNode body) {
        if (!body.has("@odata.context")) {
            ObjectNode withContext = Json.object().put("@odata.context", ctx.urls().context("EntityDefinitions/$entity"));
            withContext.setAll(body);
            return ApiResponse.json(200, Json.bytes(withContext));
        }
        return ApiResponse.json(200, Json.bytes(body));
    }

    private ApiResponse created(String path, UUID id) {
        String kind = path.endsWith("/Keys") ? "Keys" : "Attributes";
        String entity = path.substring(0, path.lastIndexOf('/'));
        return ApiResponse.of(204).header("OData-EntityId", ctx.urls().api() + entity + "/" + kind + "(" + id + ")");
    }
}
