package org.atomic2dynamics.engine.ledger;

/** What happened to one source record in one phase. The five add up to the phase's source count. */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED, REJECTED, HELD;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
