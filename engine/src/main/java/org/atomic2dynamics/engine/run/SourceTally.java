package org.atomic2dynamics.engine.run;

/** Reconciliation of one source table across all its phases. */
public record SourceTally(String sourceTable, long sourceCount, long accounted) {

    public boolean balances() {
        return sourceCount == accounted;
    }
}
