package org.atomic2dynamics.core.port;

import java.util.List;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.core.target.WriteResult;

/**
 * Writes records to the target by primary key (upsert), as many at once as it likes. It answers one result
 * per record, in the order given; a record the target refused comes back rejected with the target's reason,
 * and the others are still written.
 */
public interface TargetWriter {

    List<WriteResult> upsert(String table, List<TargetRecord> records);

    /** Requests sent, retries and throttles so far (for the run report). */
    WireCounters counters();

    record WireCounters(long requests, long retries, long throttled) {
    }
}
