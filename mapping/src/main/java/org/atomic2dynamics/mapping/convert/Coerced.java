package org.atomic2dynamics.mapping.convert;

/** A value made fit for its column, or the reason it cannot be (then {@code value} is null and not written). */
public record Coerced(Object value, ValueIssue issue, String message) {

    public static Coerced ok(Object value) {
        return new Coerced(value, null, null);
    }

    public static Coerced problem(ValueIssue issue, String message) {
        return new Coerced(null, issue, message);
    }

    public static Coerced changed(Object value, ValueIssue issue, String message) {
        return new Coerced(value, issue, message);
    }

    public boolean written() {
        return issue == null || !issue.error();
    }
}
