package org.atomic2dynamics.emulator.metadata;

import java.util.UUID;
import org.atomic2dynamics.dataverse.model.OptionSetDef;

/** A global option set with its metadata id and the solution it was created in. */
record GlobalOptionSet(UUID metadataId, OptionSetDef def, String description, String solution) {

    GlobalOptionSet withDef(OptionSetDef d) {
        return new GlobalOptionSet(metadataId, d, description, solution);
    }
}
