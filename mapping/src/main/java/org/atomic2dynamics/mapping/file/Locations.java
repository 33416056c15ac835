package org.atomic2dynamics.mapping.file;

import java.util.Map;

/**
 * The line of every node of a parsed mapping file, by JSON pointer. A pointer with no line of its own
 * (a key the file does not have) resolves to its nearest ancestor, so a problem always lands on a line.
 */
public record Locations(Map<String, Integer> lines) {

    public static final Locations NONE = new Locations(Map.of());

    public Locations {
        lines = Map.copyOf(lines);
    }

    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }
}
