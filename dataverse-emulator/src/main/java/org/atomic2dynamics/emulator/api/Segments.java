package org.atomic2dynamics.emulator.api;

import java.util.List;
import org.atomic2dynamics.emulator.query.TopLevel;

/** Splits a resource path on '/' outside parentheses and quotes: {@code accounts(name='a/b')/name}. */
public final class Segments {
    private Segments() {
    }

    public static List<String> split(String path) {
        return TopLevel.split(path, '/').stream().filter(segment -> !segment.isEmpty()).toList();
    }

    /** The name part of a segment: {@code EntityDefinitions} of {@code EntityDefinitions(LogicalName='x')}. */
    public static String name(String segment) {
        int open = segment.indexOf('(');
        return open < 0 ? segment : segment.substring(0, open);
    }
}
