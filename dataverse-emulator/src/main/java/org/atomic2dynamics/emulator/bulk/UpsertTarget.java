package org.atomic2dynamics.emulator.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.atomic2dynamics.emulator.data.Addressing;
import org.atomic2dynamics.emulator.data.KeySegment;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * One UpsertMultiple target: addressed by {@code @odata.id} (an alternate key or id reference) or by its
 * primary key, with the body to write. The key columns must not be repeated in the body when the target
 * is addressed by key (PowerPlatform-DataverseClient-Python PR #127). The target node is consumed.
 */
record UpsertTarget(KeySegment key, ObjectNode body) {

    static UpsertTarget of(EntityType type, ObjectNode target, Addressing addressing) {
        ObjectNode body = target;
        body.remove("@odata.type");
        JsonNode ref = body.remove("@odata.id");
        if (ref != null && !ref.isNull()) {
            String text = ref.asText();
            int root = text.indexOf("/api/data/v9.2/");
            String relative = root >= 0 ? text.substring(root + 15) : text.startsWith("/") ? text.substring(1) : text;
            KeySegment key = KeySegment.parse(relative).filter(k -> k.entitySet().equals(type.entitySet()))
                    .orElseThrow(() -> Errors.invalidArgument("The @odata.id '" + text + "' does not address a record of "
                            + type.entitySet() + "."));
            if (!key.byId()) {
                addressing.activeKey(type, key);
                for (String column : key.keys().keySet()) {
                    if (body.has(column)) {
                        throw new DataverseException(400, "0x80040216", "The key attribute '" + column + "' is set both "
                                + "in @odata.id and in the body of a target; set it in @odata.id only.");
                    }
                }
            }
            return new UpsertTarget(key, body);
        }
        JsonNode id = body.remove(type.primaryId());
        if (id == null || id.isNull()) {
            throw Errors.invalidArgument("Every target of UpsertMultiple needs '@odata.id' or its primary key '"
                    + type.primaryId() + "'.");
        }
        UUID uuid = BulkMessages.parseId(type, id.asText());
        return new UpsertTarget(new KeySegment(type.entitySet(), uuid, null), body);
    }
}
