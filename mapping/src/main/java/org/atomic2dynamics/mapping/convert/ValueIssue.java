package org.atomic2dynamics.mapping.convert;

/**
 * What can be wrong with one value on its way to Dataverse. An error means the value is not written (the
 * engine holds the record); a warning means it is written changed, or kept elsewhere, as the map allows.
 */
public enum ValueIssue {
    TOO_LONG(true), OUT_OF_RANGE(true), DATE_BEFORE_1753(true), WRONG_TYPE(true), UNKNOWN_OPTION(true),
    UNKNOWN_REFERENCE(true), NO_OWNER(true), NOT_MAPPED(true),
    TRUNCATED(false), ROUNDED(false), INVALID_EMAIL(false), NOT_PARSED(false), MOVED(false), FALLBACK_OWNER(false),
    NOT_A_URL(false), DANGLING_REFERENCE(false);

    private final boolean error;

    ValueIssue(boolean error) {
        this.error = error;
    }

    public boolean error() {
        return error;
    }
}
