package org.atomic2dynamics.emulator.query;

import java.util.Optional;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.Binding;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.schema.Schema;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Ref;
import org.atomic2dynamics.emulator.store.Store;

/** Resolves property names in queries: structural properties, {@code _x_value}, and {@code nav/property}. */
public final class Properties {
    private final Schema schema;
    private final Store store;
    private final EntityType type;

    public Properties(Schema schema, Store store, EntityType type) {
        this.schema = schema;
        this.store = store;
        this.type = type;
    }

    Operand operand(String name) {
        int slash = name.indexOf('/');
        if (slash > 0) {
            return path(name.substring(0, slash), name.substring(slash + 1));
        }
        Optional<ColumnDef> lookup = type.lookupValue(name);
        if (lookup.isPresent()) {
            String column = lookup.get().logicalName();
            return new Operand(name, lookup.get(), true, r -> {
                Object v = r.get(column);
                return v instanceof Ref ref ? ref.id() : null;
            });
        }
        ColumnDef c = type.property(name).filter(p -> !p.type().isLookup())
                .orElseThrow(() -> Errors.unknownProperty(type.name(), name));
        if (c.logicalName().equals(type.primaryId())) {
            return new Operand(name, c, false, Record::id);
        }
        return new Operand(name, c, false, r -> r.get(c.logicalName()));
    }

    private Operand path(String nav, String property) {
        Binding binding = type.navigation(nav).orElseThrow(() -> Errors.unknownProperty(type.name(), nav));
        EntityType target = schema.find(binding.targetTable()).orElseThrow(() -> Errors.unknownProperty(type.name(), nav));
        Operand inner = new Properties(schema, store, target).operand(property);
        String column = binding.column().logicalName();
        return new Operand(nav + "/" + property, inner.column(), inner.lookupValue(), r -> {
            Object v = r.get(column);
            if (!(v instanceof Ref ref) || !ref.table().equals(target.name())) {
                return null;
            }
            return store.get(ref.table(), ref.id()).map(inner.read()).orElse(null);
        });
    }
}
