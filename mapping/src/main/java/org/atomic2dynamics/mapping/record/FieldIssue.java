package org.atomic2dynamics.mapping.record;

import org.atomic2dynamics.mapping.convert.ValueIssue;

/**
 * A problem with one value of one record: which source column, which target column, what kind, and a
 * message a person understands. Errors mean the value was not written; warnings mean it was written
 * changed or kept elsewhere, as the map allows.
 */
public record FieldIssue(String sourceColumn, String targetColumn, ValueIssue kind, String message) {

    public boolean error() {
        return kind.error();
    }

    @Override
    public String toString() {
        return (error() ? "error " : "warning ") + kind + " " + sourceColumn + " → " + targetColumn + ": " + message;
    }
}
