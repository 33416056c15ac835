package org.atomic2dynamics.dataverse.client.write;

import java.util.List;
import java.util.stream.Collectors;

/** One outcome per record written, in the order the records were given. */
public record WriteResult(List<WriteOutcome> outcomes) {

    public WriteResult {
        outcomes = List.copyOf(outcomes);
    }

    public long count(WriteOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<WriteOutcome> notWritten() {
        return outcomes.stream().filter(o -> !o.written()).collect(Collectors.toList());
    }

    public String toText() {
        return count(WriteOutcome.Status.CREATED) + " created, " + count(WriteOutcome.Status.UPDATED) + " updated, "
                + count(WriteOutcome.Status.REJECTED) + " rejected, " + count(WriteOutcome.Status.FAILED) + " failed";
    }
}
