package org.atomic2dynamics.core.source;

/**
 * Families of Postgres types, as far as mapping to Dataverse cares. The audit flags the families that
 * have no faithful Dataverse column ({@link #needsDecision()}).
 */
public enum TypeFamily {
    INTEGER, NUMERIC, FLOAT, BOOLEAN, TEXT, UUID, DATE, TIMESTAMP, TIMESTAMPTZ, TIME, INTERVAL,
    JSON, ARRAY, ENUM, GEOMETRIC, RANGE, NETWORK, TSVECTOR, BYTEA, BIT, XML, MONEY, OTHER;

    /** No Dataverse column holds these exactly; a person decides (flatten to text, split, drop...). */
    public boolean needsDecision() {
        return switch (this) {
            case JSON, ARRAY, ENUM, GEOMETRIC, RANGE, TSVECTOR, BYTEA, BIT, XML, INTERVAL, OTHER -> true;
            default -> false;
        };
    }
}
