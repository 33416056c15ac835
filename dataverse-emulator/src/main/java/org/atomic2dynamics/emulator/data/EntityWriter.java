package org.atomic2dynamics.emulator.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.Binding;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Ref;

/**
 * Turns a JSON entity body into the column values to store, the way Dataverse validates a create or an
 * update, and adds what the platform sets itself (created/modified, owner, state, currency, names).
 */
public final class EntityWriter {
    private static final java.math.BigDecimal BASE_RATE = java.math.BigDecimal.ONE.setScale(10);

    private final Backend backend;
    private final Binds binds;
    private final Ref businessUnit;
    private final Ref baseCurrency;
    /** One shared Ref per user, so a million records do not carry a million copies of their creator. */
    private final Map<UUID, Ref> users = new java.util.concurrent.ConcurrentHashMap<>();

    /** The body's values by column, and the primary key when the body carried one. */
    public record Parsed(Map<String, Object> values, UUID id) {
    }

    public EntityWriter(Backend backend) {
        this.backend = backend;
        this.binds = new Binds(backend);
        this.businessUnit = new Ref("businessunit", backend.org().businessUnit());
        this.baseCurrency = new Ref("transactioncurrency", backend.org().baseCurrency());
    }

    private Ref user(UUID id) {
        return users.computeIfAbsent(id, u -> new Ref("systemuser", u));
    }

    public Parsed parse(EntityType type, JsonNode body, boolean create) {
        if (body == null || !body.isObject()) {
            throw Errors.payload(type.entitySet(), "The request body is not a JSON object.");
        }
        Map<String, Object> values = new HashMap<>();
        UUID id = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.startsWith("@")) {
                continue;
            }
            int at = name.indexOf('@');
            if (at > 0) {
                annotation(type, name.substring(0, at), name.substring(at + 1), field.getValue(), values, create);
                continue;
            }
            if (type.navigation(name).isPresent()) {
                throw Errors.payload(type.entitySet(), "A node of type '" + kind(field.getValue()) + "' was read from "
                        + "the JSON reader when trying to read the contents of the navigation property '" + name
                        + "'; however, a 'StartObject' node was expected for json object or 'StartArray' node for "
                        + "json array.");
            }
            ColumnDef column = type.property(name).filter(c -> !c.type().isLookup())
                    .orElseThrow(() -> Errors.unknownProperty(type.name(), name));
            if (column.logicalName().equals(type.primaryId())) {
                id = (UUID) ValueCodec.fromJson(type, column, field.getValue());
                continue;
            }
            writable(type, column, create);
            values.put(column.logicalName(), ValueCodec.fromJson(type, column, field.getValue()));
        }
        return new Parsed(values, id);
    }

    private void annotation(EntityType type, String property, String annotation, JsonNode value,
                            Map<String, Object> values, boolean create) {
        if (annotation.equals("odata.bind")) {
            Binding binding = binds.binding(type, property);
            writable(type, binding.column(), create);
            values.put(binding.column().logicalName(), binds.resolve(type, binding, value));
        } else if (type.property(property).isEmpty() && type.navigation(property).isEmpty()) {
            throw Errors.undeclaredNavigation(type.entitySet(), property);
        }
    }

    private static void writable(EntityType type, ColumnDef column, boolean create) {
        if (create ? !column.validForCreate() : !column.validForUpdate()) {
            throw Errors.invalidArgument("The '" + column.logicalName() + "' attribute of the '" + type.name()
                    + "' entity is not valid for " + (create ? "create" : "update") + ".");
        }
    }

    private static String kind(JsonNode n) {
        return n.isObject() ? "StartObject" : n.isArray() ? "StartArray" : "PrimitiveValue";
    }

    /** Everything a new record stores: the body's values (the map is completed in place) plus the platform's own. */
    public Map<String, Object> forCreate(EntityType type, Map<String, Object> v, UUID caller, boolean viaAction) {
        java.time.Instant now = backend.now();
        Ref user = user(caller);
        Object overridden = v.get("overriddencreatedon");
        putIf(type, v, "createdon", overridden != null ? overridden : now);
        if (overridden != null) {
            v.put("overriddencreatedon", now);
        }
        putIf(type, v, "modifiedon", now);
        putIf(type, v, "createdby", user);
        putIf(type, v, "modifiedby", user);
        if (type.property("ownerid").isPresent()) {
            v.putIfAbsent("ownerid", user);
            putIf(type, v, "owningbusinessunit", businessUnit);
        }
        if (type.property("transactioncurrencyid").isPresent() && v.get("transactioncurrencyid") == null) {
            v.put("transactioncurrencyid", baseCurrency);
        }
        putIf(type, v, "exchangerate", BASE_RATE);
        StateRules.onCreate(type, v, viaAction);
        Computed.apply(type, null, v, backend.settings().maxAttachmentBytes());
        if (backend.settings().strictRequired()) {
            requireAll(type, v);
        }
        return v;
    }

    /** The changes an update stores (the map is completed in place): state rules applied, modified stamps set. */
    public Map<String, Object> forUpdate(EntityType type, Record existing, Map<String, Object> v, UUID caller,
                                         boolean viaAction) {
        StateRules.onUpdate(type, existing, v, viaAction);
        putIf(type, v, "modifiedon", backend.now());
        putIf(type, v, "modifiedby", user(caller));
        Computed.apply(type, existing, v, backend.settings().maxAttachmentBytes());
        if (backend.settings().strictRequired()) {
            Map<String, Object> merged = new HashMap<>(existing.values());
            merged.putAll(v);
            requireAll(type, merged);
        }
        return v;
    }

    private static void putIf(EntityType type, Map<String, Object> v, String column, Object value) {
        if (type.property(column).isPresent()) {
            v.put(column, value);
        }
    }

    private static void requireAll(EntityType type, Map<String, Object> v) {
        for (ColumnDef c : type.properties().values()) {
            boolean required = c.requiredLevel() == RequiredLevel.APPLICATION_REQUIRED
                    || c.requiredLevel() == RequiredLevel.SYSTEM_REQUIRED;
            if (required && c.validForCreate() && !c.logicalName().equals(type.primaryId())
                    && v.get(c.logicalName()) == null && !c.logicalName().equals("isdocument")) {
                throw Errors.required(c.logicalName(), type.name());
            }
        }
    }
}
