package org.atomic2dynamics.engine.load;

/** A write that waits for the end of the load, with the source row it came from. */
public record FollowUpRequest(String sourceTable, long sourceId, Object action) {
}
