package org.atomic2dynamics.dataverse.client.write;

import java.util.UUID;
import org.atomic2dynamics.dataverse.client.http.DataverseException;

/**
 * What happened to one record. REJECTED: Dataverse refused this record (its code and message say why;
 * sending it again unchanged will fail again). FAILED: it could not be written for a reason that is not the
 * record's (the service stayed unavailable through every retry); a later run can write it.
 */
public record WriteOutcome(UUID id, Status status, int httpStatus, String code, String message) {

    public enum Status { CREATED, UPDATED, REJECTED, FAILED }

    public static WriteOutcome created(UUID id) {
        return new WriteOutcome(id, Status.CREATED, 0, "", "");
    }

    public static WriteOutcome updated(UUID id) {
        return new WriteOutcome(id, Status.UPDATED, 0, "", "");
    }

    public static WriteOutcome written(UUID id, boolean existedBefore) {
        return existedBefore ? updated(id) : created(id);
    }

    /** REJECTED when the error is the record's, FAILED when it was transient and retries ran out. */
    public static WriteOutcome failed(UUID id, DataverseException e) {
        return new WriteOutcome(id, e.retriable() ? Status.FAILED : Status.REJECTED, e.httpStatus(), e.dataverseCode(),
                e.serverMessage());
    }

    public boolean written() {
        return status == Status.CREATED || status == Status.UPDATED;
    }
}
