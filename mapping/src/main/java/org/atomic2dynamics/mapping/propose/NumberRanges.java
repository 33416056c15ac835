package org.atomic2dynamics.mapping.propose;

import java.math.BigDecimal;
import java.util.Optional;
import org.atomic2dynamics.mapping.spec.NewColumn;

/** The widest range Dataverse allows for each number column type; a new column is created with it. */
final class NumberRanges {
    private NumberRanges() {
    }

    static Optional<BigDecimal[]> of(NewColumn c) {
        return switch (c.type()) {
            case "Integer" -> range("-2147483648", "2147483647");
            case "Decimal", "Double" -> range("-100000000000", "100000000000");
            case "Money" -> range("-922337203685477", "922337203685477");
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal[]> range(String min, String max) {
        return Optional.of(new BigDecimal[] {new BigDecimal(min), new BigDecimal(max)});
    }
}
