package org.atomic2dynamics.emulator.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.data.OrgIds;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Ref;
import org.atomic2dynamics.emulator.store.Tx;

/**
 * The sdkmessage and sdkmessagefilter records a client queries to learn which tables support a message
 * (bulk-operations.md): one filter per table and message its reference lists.
 */
final class SdkMessages {
    static final List<String> MESSAGES = List.of("Create", "Update", "Delete", "Retrieve", "RetrieveMultiple",
            "Upsert", "CreateMultiple", "UpdateMultiple", "UpsertMultiple", "SetState", "Assign");

    private SdkMessages() {
    }

    static void seed(Tx tx, Backend backend, Seeder seeder) {
        String tenant = backend.settings().tenant();
        for (String message : MESSAGES) {
            seeder.insert(tx, "sdkmessage", messageId(tenant, message), Map.of("name", message));
        }
        backend.schema().all().forEach(type -> filters(tx, backend, seeder, type));
    }

    /** One sdkmessagefilter per message the table supports. */
    static void filters(Tx tx, Backend backend, Seeder seeder, EntityType type) {
        String tenant = backend.settings().tenant();
        for (String message : MESSAGES) {
            if (type.def().supports(message)) {
                Map<String, Object> v = new HashMap<>();
                v.put("name", message + " " + type.name());
                v.put("sdkmessageid", new Ref("sdkmessage", messageId(tenant, message)));
                v.put("primaryobjecttypecode", type.name());
                v.put("secondaryobjecttypecode", "none");
                v.put("isvisible", Boolean.TRUE);
                seeder.insert(tx, "sdkmessagefilter", OrgIds.id(tenant, "filter:" + message + ":" + type.name()), v);
            }
        }
    }

    private static UUID messageId(String tenant, String message) {
        return OrgIds.id(tenant, "sdkmessage:" + message);
    }
}
