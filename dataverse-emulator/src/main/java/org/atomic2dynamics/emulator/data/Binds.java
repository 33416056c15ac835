package org.atomic2dynamics.emulator.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.Binding;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Ref;

/**
 * Resolves {@code nav@odata.bind} values: the navigation property must exist with that exact case, the
 * URI must name a record of the property's target table, and the record must exist. An owner must be an
 * enabled user or a team.
 */
public final class Binds {
    private static final String API_ROOT = "/api/data/v9.2/";

    private final Backend backend;
    private final Addressing addressing;

    public Binds(Backend backend) {
        this.backend = backend;
        this.addressing = new Addressing(backend);
    }

    public Binding binding(EntityType type, String nav) {
        return type.navigation(nav).orElseThrow(() -> Errors.undeclaredNavigation(type.entitySet(), nav));
    }

    /** The lookup value a bind sets; null when the bind clears the lookup. */
    public Ref resolve(EntityType type, Binding binding, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw Errors.payload(type.entitySet(), "A node of type '" + nodeKind(value) + "' was read from the JSON "
                    + "reader when trying to read the entity reference link; however, a 'PrimitiveValue' node was "
                    + "expected.");
        }
        KeySegment key = KeySegment.parse(relative(value.asText())).orElseThrow(() ->
                Errors.payload(type.entitySet(), "The URI '" + value.asText() + "' is not valid for the navigation "
                        + "property '" + binding.navigationProperty() + "'."));
        EntityType target = backend.schema().byEntitySet(key.entitySet()).orElseThrow(() ->
                Errors.payload(type.entitySet(), "Resource not found for the segment '" + key.entitySet() + "'."));
        checkTarget(type, binding, target);
        Optional<Record> found = addressing.find(target, key);
        Record record = found.orElseThrow(() -> key.byId() ? Errors.notFound(target.name(), key.id())
                : Errors.keyNotFound(target.name()));
        if (binding.column().type() == AttributeType.OWNER && Boolean.TRUE.equals(record.get("isdisabled"))) {
            throw Errors.ownerDisabled();
        }
        return new Ref(target.name(), record.id());
    }

    private static void checkTarget(EntityType type, Binding binding, EntityType target) {
        boolean owner = binding.column().type() == AttributeType.OWNER;
        boolean ok = owner ? binding.column().targets().contains(target.name())
                : binding.targetTable().equals(target.name());
        if (!ok) {
            throw Errors.payload(type.entitySet(), "A value was encountered that has a type name that is incompatible "
                    + "with the metadata. The value specified its type as '" + target.qualifiedName() + "', but the "
                    + "type specified in the metadata is 'Microsoft.Dynamics.CRM." + binding.targetTable() + "'.");
        }
    }

    /** "/accounts(x)", "accounts(x)" or an absolute URI to the same, as "accounts(x)". */
    static String relative(String uri) {
        int root = uri.indexOf(API_ROOT);
        String rest = root >= 0 ? uri.substring(root + API_ROOT.length()) : uri;
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }

    private static String nodeKind(JsonNode value) {
        return value.isObject() ? "StartObject" : value.isArray() ? "StartArray" : "PrimitiveValue";
    }
}
