package org.atomic2dynamics.mapping.record;

import java.util.List;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.mapping.spec.ColumnMapping;

/** A mapping entry with its target columns resolved against the target tables, and its compiled transform. */
record CompiledEntry(ColumnMapping mapping, List<ColumnDef> targets, EntryMapper mapper) {

    String source() {
        return mapping.label();
    }

    ColumnDef target(int index) {
        return targets.get(index);
    }

    String targetName(int index) {
        return index < targets.size() ? targets.get(index).logicalName() : "";
    }
}
