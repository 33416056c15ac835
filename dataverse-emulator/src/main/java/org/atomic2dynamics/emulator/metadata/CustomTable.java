package org.atomic2dynamics.emulator.metadata;

import java.util.UUID;
import org.atomic2dynamics.dataverse.model.CustomTableDef;

/** What the metadata API keeps about a created table beyond its definition: its id, solution and flags. */
record CustomTable(CustomTableDef def, UUID metadataId, String solution, boolean hasActivities, boolean hasNotes) {
}
