package org.atomic2dynamics.mapping.file;

import java.util.List;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.validate.Problem;

/**
 * A mapping file as read: its name, the spec (null when the file could not be understood at all), the hash
 * of its content, the line of every node, and the problems found while reading (syntax and format).
 */
public record MappingDocument(String name, MappingSpec spec, String hash, Locations locations,
        List<Problem> problems) {

    public MappingDocument {
        problems = List.copyOf(problems);
    }

    public boolean readable() {
        return spec != null;
    }
}
