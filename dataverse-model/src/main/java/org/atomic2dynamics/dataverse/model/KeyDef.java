package org.atomic2dynamics.dataverse.model;

import java.util.List;

/**
 * An alternate key of a table. {@code status} is EntityKeyIndexStatus: Pending, InProgress, Active or Failed
 * (null when describing a key still to be created).
 */
public record KeyDef(String table, String schemaName, List<String> keyAttributes, String status) {

    public KeyDef {
        keyAttributes = List.copyOf(keyAttributes);
    }

    public boolean isActive() {
        return "Active".equals(status);
    }
}
