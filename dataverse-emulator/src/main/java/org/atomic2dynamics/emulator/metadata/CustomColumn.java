package org.atomic2dynamics.emulator.metadata;

import java.util.UUID;

/** What the metadata API keeps about a created column beyond its {@code ColumnDef}. */
record CustomColumn(String table, String logicalName, UUID metadataId, String displayName, String description,
                    String solution) {
}
