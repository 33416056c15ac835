package org.atomic2dynamics.engine.load;

import java.util.function.Predicate;
import org.atomic2dynamics.core.source.SourceRow;

/**
 * One load phase: the rows of {@code sourceTable} that {@code accepts} keeps, mapped by {@code mapping},
 * written to {@code targetTable}. A source table may feed several phases (contacts → contact, contacts → lead)
 * as long as each row is accepted by exactly one of them.
 */
public record PhasePlan(String name, String sourceTable, String targetTable, Predicate<SourceRow> accepts,
        RowMapping mapping) {
}
