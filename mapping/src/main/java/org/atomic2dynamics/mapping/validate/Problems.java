package org.atomic2dynamics.mapping.validate;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.mapping.file.Locations;

/** Collects problems by JSON pointer and puts each on its line. */
final class Problems {
    private final Locations locations;
    private final List<Problem> list = new ArrayList<>();

    Problems(Locations locations) {
        this.locations = locations;
    }

    void add(String pointer, String message, String hint) {
        list.add(new Problem(locations.lineOf(pointer), pointer, message, hint));
    }

    List<Problem> list() {
        return list;
    }
}
