package org.atomic2dynamics.dataverse.client.batch;

import java.util.List;

/**
 * A parsed $batch answer: one entry per top-level item that was answered, in request order. A changeset
 * answers with a nested list, or (when it failed, as OData allows) with one flat error part.
 */
public record BatchResponse(List<Entry> entries) {

    public BatchResponse {
        entries = List.copyOf(entries);
    }

    /** The answer to one top-level item: the responses of its requests (one for a lone request). */
    public record Entry(List<PartResponse> parts, boolean changeSet) {
        public Entry {
            parts = List.copyOf(parts);
        }
    }
}
