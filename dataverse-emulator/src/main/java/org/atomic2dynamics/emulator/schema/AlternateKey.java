package org.atomic2dynamics.emulator.schema;

import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.KeyDef;

/** An alternate key with its metadata id, the solution it was created in, and its index status. */
public record AlternateKey(UUID metadataId, String table, String schemaName, List<String> attributes,
                           String status, String solution, String displayName) {

    public AlternateKey {
        attributes = List.copyOf(attributes);
    }

    public String logicalName() {
        return schemaName.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isActive() {
        return "Active".equals(status);
    }

    public AlternateKey withStatus(String s) {
        return new AlternateKey(metadataId, table, schemaName, attributes, s, solution, displayName);
    }

    public KeyDef toKeyDef() {
        return new KeyDef(table, schemaName, attributes, status);
    }
}
