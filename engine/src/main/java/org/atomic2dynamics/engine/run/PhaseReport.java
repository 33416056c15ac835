package org.atomic2dynamics.engine.run;

import org.atomic2dynamics.engine.ledger.PhaseCounts;

/** One row of the per-phase table: a source table's records going to one target table. */
public record PhaseReport(String name, String sourceTable, String targetTable, PhaseCounts counts, String status) {
}
