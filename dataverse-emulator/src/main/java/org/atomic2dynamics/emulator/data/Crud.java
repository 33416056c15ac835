package org.atomic2dynamics.emulator.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.AlternateKey;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.KeyViolation;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Tx;

/**
 * Create, update, upsert, delete and retrieve with Dataverse's semantics (create-or-update PATCH,
 * conditional headers, client-supplied ids, alternate keys). Works inside the caller's transaction.
 */
public final class Crud {
    private final Backend backend;
    private final EntityWriter writer;
    private final Addressing addressing;

    /** The record as stored after the write, and whether the write created it. */
    public record Written(Record record, boolean created) {
    }

    /** If-Match / If-None-Match header values (null when absent; "null" counts as absent). */
    public record Conditions(String ifMatch, String ifNoneMatch) {
        private static final Conditions NONE = new Conditions(null, null);

        public static Conditions none() {
            return NONE;
        }
    }

    public Crud(Backend backend) {
        this.backend = backend;
        this.writer = new EntityWriter(backend);
        this.addressing = new Addressing(backend);
    }

    public EntityWriter writer() {
        return writer;
    }

    public Addressing addressing() {
        return addressing;
    }

    public Written create(Tx tx, EntityType type, JsonNode body, UUID caller) {
        EntityWriter.Parsed parsed = writer.parse(type, body, true);
        UUID id = parsed.id() != null ? parsed.id() : UUID.randomUUID();
        if (backend.store().get(type.name(), id).isPresent()) {
            throw Errors.duplicateKey();
        }
        return new Written(insert(tx, type, id, writer.forCreate(type, parsed.values(), caller, false)), true);
    }

    /** PATCH on an addressed record: update when it exists, create it otherwise (unless If-Match). */
    public Written upsert(Tx tx, EntityType type, KeySegment key, JsonNode body, UUID caller, Conditions when) {
        Optional<Record> existing = addressing.find(type, key);
        check(type, key, existing, when);
        if (existing.isPresent()) {
            EntityWriter.Parsed parsed = writer.parse(type, body, false);
            Map<String, Object> changes = writer.forUpdate(type, existing.get(), parsed.values(), caller, false);
            return new Written(update(tx, type, existing.get(), changes), false);
        }
        EntityWriter.Parsed parsed = writer.parse(type, body, true);
        Map<String, Object> values = parsed.values();
        UUID id = key.byId() ? key.id() : parsed.id() != null ? parsed.id() : UUID.randomUUID();
        if (!key.byId()) {
            putKeyValues(type, key, values);
        }
        return new Written(insert(tx, type, id, writer.forCreate(type, values, caller, false)), true);
    }

    private void putKeyValues(EntityType type, KeySegment key, Map<String, Object> values) {
        AlternateKey alt = addressing.activeKey(type, key);
        List<Object> tuple = addressing.tuple(type, alt, key);
        for (int i = 0; i < alt.attributes().size(); i++) {
            String column = alt.attributes().get(i);
            if (values.containsKey(column) && !Objects.equals(values.get(column), tuple.get(i))) {
                throw Errors.invalidArgument("The value of '" + column + "' in the body does not match the key value "
                        + "in the URL.");
            }
            values.put(column, tuple.get(i));
        }
    }

    private static void check(EntityType type, KeySegment key, Optional<Record> existing, Conditions when) {
        String ifMatch = when.ifMatch();
        if (ifMatch != null && existing.isEmpty()) {
            throw missing(type, key, "");
        }
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(existing.get().etag())) {
            throw Errors.versionMismatch();
        }
        if ("*".equals(when.ifNoneMatch()) && existing.isPresent()) {
            throw new DataverseException(412, "", "A record with matching key values already exists.");
        }
    }

    private static DataverseException missing(EntityType type, KeySegment key, String code) {
        if (!key.byId()) {
            return Errors.keyNotFound(type.name());
        }
        return new DataverseException(404, code, type.name() + " With Id = " + key.id() + " Does Not Exist");
    }

    public Record retrieve(EntityType type, KeySegment key) {
        return addressing.find(type, key).orElseThrow(() -> missing(type, key, "0x80040217"));
    }

    public Record delete(Tx tx, EntityType type, KeySegment key) {
        Record existing = retrieve(type, key);
        tx.delete(existing);
        return existing;
    }

    public Record insert(Tx tx, EntityType type, UUID id, Map<String, Object> values) {
        try {
            return tx.insert(type.name(), id, values);
        } catch (KeyViolation v) {
            throw keyViolated(v);
        }
    }

    public Record update(Tx tx, EntityType type, Record existing, Map<String, Object> changes) {
        try {
            return tx.update(existing, changes);
        } catch (KeyViolation v) {
            throw keyViolated(v);
        }
    }

    private static DataverseException keyViolated(KeyViolation v) {
        return new DataverseException(412, "0x80060892", "Entity Key " + v.keyName() + " violated. A record with the "
                + "same value for " + String.join(",", v.columns()) + " already exists. A duplicate record cannot be "
                + "created. Try again with a unique value for the key.");
    }
}
