package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The condition under which a table mapping applies to a row. {@code routedAs} ("contact" or "lead")
 * follows the contact routing; {@code column} with {@code in} matches rows whose column value is listed.
 * A mapping without a condition takes every row no earlier mapping took.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record When(String routedAs, String column, List<String> in) {

    public When {
        in = in == null ? List.of() : List.copyOf(in);
    }

    public static When routedAs(String route) {
        return new When(route, null, null);
    }

    public static When columnIn(String column, List<String> values) {
        return new When(null, column, values);
    }
}
