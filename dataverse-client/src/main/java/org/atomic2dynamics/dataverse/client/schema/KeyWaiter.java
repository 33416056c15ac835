package org.atomic2dynamics.dataverse.client.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.model.KeyDef;

/**
 * Alternate keys are built by a system job: upserts by key and uniqueness work only once a key is Active.
 * Polls with a growing interval until every key is Active, stops at a Failed one, and gives up after the
 * timeout.
 */
final class KeyWaiter {
    private final MetadataApi api;
    private final Duration firstPoll;
    private final Duration timeout;

    KeyWaiter(MetadataApi api, Duration firstPoll, Duration timeout) {
        this.api = api;
        this.firstPoll = firstPoll;
        this.timeout = timeout;
    }

    void awaitActive(List<KeyDef> keys) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = firstPoll.toMillis();
        for (KeyDef key : keys) {
            while (true) {
                String status = status(key);
                if ("Active".equals(status)) {
                    break;
                }
                if ("Failed".equals(status)) {
                    throw new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING, "alternate key " + key.schemaName() + " on "
                            + key.table() + " failed to build", "remove duplicate or empty values of "
                            + String.join(",", key.keyAttributes()) + ", reactivate the key, then run schema --apply again");
                }
                if (System.nanoTime() > deadline) {
                    throw new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING, "alternate key " + key.schemaName() + " on "
                            + key.table() + " is still " + status + " after " + timeout.toSeconds() + " s",
                            "wait for the system job to finish, then run schema --apply again");
                }
                sleep(pause);
                pause = Math.min(pause * 3 / 2 + 1, 15_000);
            }
        }
    }

    private String status(KeyDef key) {
        JsonNode keys = api.read(MetadataApi.entity(key.table()) + "/Keys?$select=SchemaName,EntityKeyIndexStatus")
                .map(k -> k.path("value")).orElse(api.object().arrayNode());
        for (JsonNode k : keys) {
            if (k.path("SchemaName").asText().equalsIgnoreCase(key.schemaName())) {
                return k.path("EntityKeyIndexStatus").asText("Pending");
            }
        }
        return "missing";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(ErrorCode.INTERRUPTED, "interrupted while waiting for alternate keys",
                    "run schema --apply again");
        }
    }
}
