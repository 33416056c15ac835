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
            UUID messageId = OrgIds.id(tenant, "sdkmessage:" + message);
            seeder.insert(tx, "sdkmessage", messageId, Map.of("name", message));
            for (EntityType type : backend.schema().all()) {
                if (type.def().supports(message)) {
                    Map<String, Object> v = new HashMap<>();
                    v.put("name", message + " " + type.name());
                    v.put("sdkmessageid", new Ref("sdkmessage", messageId));
                    v.put("primaryobjecttypecode", type.name());
                    v.put("secondaryobjecttypecode", "none");
                    v.put("isvisible", Boolean.TRUE);
                    seeder.insert(tx, "sdkmessagefilter", OrgIds.id(tenant, "filter:" + message + ":" + type.name()), v);
                }
            }
        }
    }
}
