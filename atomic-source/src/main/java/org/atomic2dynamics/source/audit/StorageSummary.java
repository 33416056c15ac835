package org.atomic2dynamics.source.audit;

import java.util.ArrayList;
import java.util.List;

/** The storage inventory for the report: buckets with object counts and bytes, and how many references. */
public final class StorageSummary {
    private final List<Bucket> buckets = new ArrayList<>();
    private long references;

    public record Bucket(String name, boolean isPublic, long objects, long bytes) {
    }

    void add(Bucket bucket) {
        buckets.add(bucket);
    }

    void setReferences(long count) {
        references = count;
    }

    public List<Bucket> buckets() {
        return List.copyOf(buckets);
    }

    public long references() {
        return references;
    }
}
