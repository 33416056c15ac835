package org.atomic2dynamics.mapping.validate;

import java.util.List;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/** Every problem of a mapping file, in line order; empty when the map can be confirmed and run. */
public record ValidationReport(String fileName, List<Problem> problems) {

    public ValidationReport {
        problems = problems.stream().sorted().distinct().toList();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One line per problem: "mapping.yaml:42: what is wrong — what to do". */
    public List<String> lines() {
        return problems.stream().map(p -> p.format(fileName)).toList();
    }

    public void throwIfInvalid() {
        if (!ok()) {
            throw new MigrationException(ErrorCode.MAPPING_INVALID, problems.size() + " problem(s) in " + fileName
                    + ", first: " + problems.get(0).format(fileName), "fix every listed problem, then validate again");
        }
    }
}
