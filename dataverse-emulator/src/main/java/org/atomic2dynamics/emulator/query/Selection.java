package org.atomic2dynamics.emulator.query;

import java.util.List;
import java.util.Map;

/**
 * What to return of a record: the selected properties (null: all of them) and the single-valued
 * navigation properties to expand, each with its own selection.
 */
public record Selection(List<String> select, Map<String, Selection> expand) {

    public Selection {
        select = select == null ? null : List.copyOf(select);
        expand = Map.copyOf(expand);
    }

    public static Selection all() {
        return new Selection(null, Map.of());
    }

    public boolean selectsAll() {
        return select == null;
    }
}
