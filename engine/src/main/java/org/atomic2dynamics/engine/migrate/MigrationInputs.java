package org.atomic2dynamics.engine.migrate;

import java.util.function.Consumer;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.port.TargetActions;
import org.atomic2dynamics.core.port.TargetWriter;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.mapping.record.MappingContext;
import org.atomic2dynamics.mapping.record.RecordMapper;
import org.atomic2dynamics.mapping.spec.MappingSpec;

/**
 * Everything a load run needs, prepared beforehand: the confirmed map (compiled), the context computed from
 * the source (routing, owners), the ports, and the run's settings.
 */
public record MigrationInputs(
        String kind,
        Ledger ledger,
        SourceReader source,
        MappingSpec spec,
        String mappingHash,
        RecordMapper mapper,
        MappingContext context,
        OwnerQueue owners,
        TargetWriter writer,
        TargetActions actions,
        String target,
        int chunkSize,
        boolean force,
        Consumer<String> progress) {
}
