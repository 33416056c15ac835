package org.atomic2dynamics.emulator.api;

import java.util.ArrayList;
import java.util.List;

/** Splits a resource path on '/' outside parentheses and quotes: {@code accounts(name='a/b')/name}. */
public final class Segments {
    private Segments() {
    }

    public static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : path.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
            if (c == '/' && depth == 0 && !quoted) {
                if (current.length() > 0) {
                    out.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** The name part of a segment: {@code EntityDefinitions} of {@code EntityDefinitions(LogicalName='x')}. */
    public static String name(String segment) {
        int open = segment.indexOf('(');
        return open < 0 ? segment : segment.substring(0, open);
    }
}
