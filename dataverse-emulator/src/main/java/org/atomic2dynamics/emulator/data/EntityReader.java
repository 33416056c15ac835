package org.atomic2dynamics.emulator.data;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.http.Prefer;
import org.atomic2dynamics.emulator.query.Selection;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Ref;

/**
 * Writes a record as the Web API returns it: {@code @odata.etag}, the selected properties (every property,
 * nulls included, without $select), lookups as {@code _x_value}, the primary key always, expanded
 * navigation properties, and formatted-value and lookup annotations when the Prefer header asks for them.
 */
public final class EntityReader {
    static final String FORMATTED = "OData.Community.Display.V1.FormattedValue";
    static final String NAV = "Microsoft.Dynamics.CRM.associatednavigationproperty";
    static final String LOGICAL = "Microsoft.Dynamics.CRM.lookuplogicalname";

    private final Backend backend;

    public EntityReader(Backend backend) {
        this.backend = backend;
    }

    public ObjectNode write(EntityType type, Record record, Selection selection, Prefer prefer) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("@odata.etag", record.etag());
        if (selection.selectsAll()) {
            for (ColumnDef c : type.properties().values()) {
                property(type, record, c, out, prefer);
            }
        } else {
            for (String name : selection.select()) {
                ColumnDef c = type.property(name).or(() -> type.lookupValue(name)).orElseThrow();
                property(type, record, c, out, prefer);
            }
            out.put(type.primaryId(), record.id().toString());
        }
        for (Map.Entry<String, Selection> e : selection.expand().entrySet()) {
            expand(type, record, e.getKey(), e.getValue(), out, prefer);
        }
        return out;
    }

    private void property(EntityType type, Record record, ColumnDef c, ObjectNode out, Prefer prefer) {
        String name = c.logicalName();
        if (name.equals(type.primaryId())) {
            out.put(name, record.id().toString());
            return;
        }
        Object value = record.get(name);
        if (c.type().isLookup()) {
            lookup(type, c, (Ref) value, out, prefer);
            return;
        }
        if (value != null && prefer.wantsAnnotation(FORMATTED)) {
            String f = Formatted.of(c, value, "$");
            if (f != null) {
                out.put(name + "@" + FORMATTED, f);
            }
        }
        out.set(name, ValueCodec.toJson(value));
    }

    private void lookup(EntityType type, ColumnDef c, Ref ref, ObjectNode out, Prefer prefer) {
        String prop = "_" + c.logicalName() + "_value";
        if (ref != null) {
            if (prefer.wantsAnnotation(FORMATTED)) {
                primaryName(ref).ifPresent(n -> out.put(prop + "@" + FORMATTED, n));
            }
            if (prefer.wantsAnnotation(NAV)) {
                out.put(prop + "@" + NAV, type.navigationFor(c, ref.table()));
            }
            if (prefer.wantsAnnotation(LOGICAL)) {
                out.put(prop + "@" + LOGICAL, ref.table());
            }
        }
        out.set(prop, ValueCodec.toJson(ref == null ? null : ref.id()));
    }

    private Optional<String> primaryName(Ref ref) {
        Optional<EntityType> target = backend.schema().find(ref.table());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String primaryName = target.get().def().primaryName();
        return backend.store().get(ref.table(), ref.id()).map(r -> r.get(primaryName)).map(Object::toString);
    }

    private void expand(EntityType type, Record record, String nav, Selection selection, ObjectNode out,
                        Prefer prefer) {
        var binding = type.navigation(nav).orElseThrow();
        Ref ref = (Ref) record.get(binding.column().logicalName());
        if (ref == null || !ref.table().equals(binding.targetTable())) {
            out.putNull(nav);
            return;
        }
        EntityType target = backend.schema().type(ref.table());
        Optional<Record> related = backend.store().get(ref.table(), ref.id());
        if (related.isEmpty()) {
            out.putNull(nav);
            return;
        }
        ObjectNode child = write(target, related.get(), selection, prefer);
        child.remove("@odata.etag");
        out.set(nav, child);
    }
}
