package org.atomic2dynamics.engine.ledger;

/** Per-phase reconciliation: source = created + updated + unchanged + rejected + held when it balances. */
public record PhaseCounts(long source, long created, long updated, long unchanged, long rejected, long held) {

    public long accounted() {
        return created + updated + unchanged + rejected + held;
    }

    public boolean balances() {
        return accounted() == source;
    }

    public long count(Outcome outcome) {
        return switch (outcome) {
            case CREATED -> created;
            case UPDATED -> updated;
            case UNCHANGED -> unchanged;
            case REJECTED -> rejected;
            case HELD -> held;
        };
    }
}
