package org.atomic2dynamics.engine.load;

/**
 * One load phase: the rows of {@code sourceTable} the mapping sends to {@code targetTable}. A source table may
 * feed several phases (contacts → contact, contacts → lead); the one with {@code claimsUnrouted} also counts
 * the rows the mapping could not route anywhere, so every row is counted exactly once.
 */
public record PhasePlan(String name, String sourceTable, String targetTable, RowMapping mapping,
        boolean claimsUnrouted) {

    boolean claims(Mapped mapped) {
        return targetTable.equals(mapped.targetTable()) || (claimsUnrouted && mapped.targetTable() == null);
    }
}
