package org.atomic2dynamics.core.target;

import java.util.UUID;

/** What Dataverse did with one record of a write: created, updated, or rejected with its code and message. */
public record WriteResult(UUID id, Status status, String code, String message) {

    public enum Status { CREATED, UPDATED, REJECTED }

    public static WriteResult created(UUID id) {
        return new WriteResult(id, Status.CREATED, null, null);
    }

    public static WriteResult updated(UUID id) {
        return new WriteResult(id, Status.UPDATED, null, null);
    }

    public static WriteResult rejected(UUID id, String code, String message) {
        return new WriteResult(id, Status.REJECTED, code, message);
    }
}
