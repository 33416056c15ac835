package org.atomic2dynamics.dataverse.client.batch;

import java.util.List;
import org.atomic2dynamics.dataverse.client.http.HttpCall;

/** One top-level item of a $batch: a lone request, or a changeset whose requests succeed or fail together. */
public sealed interface BatchItem permits BatchItem.Single, BatchItem.ChangeSet {

    /** The requests of this item, in order. */
    List<HttpCall> calls();

    /** A request on its own; its failure does not affect the others. */
    record Single(HttpCall call) implements BatchItem {
        @Override
        public List<HttpCall> calls() {
            return List.of(call);
        }
    }

    /**
     * Requests executed atomically. Each gets a Content-ID (its 1-based position among all requests of the
     * batch), so a later request of the same changeset can name an earlier one as {@code $n}.
     */
    record ChangeSet(List<HttpCall> calls) implements BatchItem {
        public ChangeSet {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("a changeset needs at least one request");
            }
        }
    }
}
