package org.atomic2dynamics.emulator.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.AlternateKey;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Ref;

/** Finds the record a key segment addresses, by primary key or by an active alternate key. */
public final class Addressing {
    private final Backend backend;

    public Addressing(Backend backend) {
        this.backend = backend;
    }

    /** The addressed record, or empty when none has that id or key. */
    public Optional<Record> find(EntityType type, KeySegment key) {
        if (key.byId()) {
            return backend.store().get(type.name(), key.id());
        }
        AlternateKey alt = activeKey(type, key);
        return backend.store().findByKey(type.name(), alt.schemaName(), tuple(type, alt, key));
    }

    /** The active alternate key made of the segment's columns; rejects undefined or not yet active keys. */
    public AlternateKey activeKey(EntityType type, KeySegment key) {
        if (key.keys().size() == 1 && key.keys().containsKey(type.primaryId())) {
            throw Errors.badRequest("Bad Request - Error in query syntax.");
        }
        AlternateKey alt = backend.keys().matching(type.name(), key.keys().keySet()).orElseThrow(() ->
                Errors.invalidArgument("The specified key attributes are not a defined key for the " + type.name()
                        + " entity"));
        if (!alt.isActive()) {
            throw Errors.invalidArgument("The entity key " + alt.schemaName() + " of the " + type.name()
                    + " entity is not active (EntityKeyIndexStatus " + alt.status() + ").");
        }
        return alt;
    }

    /** The key's values in key-attribute order, converted to stored values. */
    public List<Object> tuple(EntityType type, AlternateKey alt, KeySegment key) {
        List<Object> out = new ArrayList<>();
        for (String attribute : alt.attributes()) {
            ColumnDef column = type.def().column(attribute).orElseThrow();
            out.add(literal(type, column, key.keys().get(attribute)));
        }
        return out;
    }

    /** A key literal from a URL as the stored value of its column. */
    public static Object literal(EntityType type, ColumnDef column, String text) {
        try {
            return switch (column.type()) {
                case INTEGER, PICKLIST, STATE, STATUS -> Integer.valueOf(text);
                case BIGINT -> Long.valueOf(text);
                case DECIMAL, MONEY -> new BigDecimal(text);
                case DATETIME -> DateValues.instant(type, text);
                case UNIQUEIDENTIFIER -> UUID.fromString(text);
                case LOOKUP, CUSTOMER, OWNER -> new Ref(column.targets().get(0), UUID.fromString(text));
                default -> text;
            };
        } catch (IllegalArgumentException e) {
            throw Errors.badRequest("Bad Request - Error in query syntax.");
        }
    }
}
