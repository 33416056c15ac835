package org.atomic2dynamics.engine.load;

import java.util.function.Consumer;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.port.TargetWriter;
import org.atomic2dynamics.engine.ledger.Ledger;

/**
 * What every load phase of one run shares. {@code chunkSize} is how many rows go to the writer (and into one
 * ledger transaction) at once; {@code force} sends records even when their hash is unchanged.
 */
public record LoadContext(
        String runId,
        Ledger ledger,
        SourceReader source,
        TargetWriter writer,
        WrittenIds written,
        int chunkSize,
        boolean force,
        Consumer<FollowUpRequest> followUps,
        Consumer<String> progress) {
}
