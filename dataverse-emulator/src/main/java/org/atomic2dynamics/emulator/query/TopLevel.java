package org.atomic2dynamics.emulator.query;

import java.util.ArrayList;
import java.util.List;

/** Splits OData text on a separator that stands outside parentheses and single-quoted strings. */
public final class TopLevel {
    private TopLevel() {
    }

    public static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
            if (c == separator && depth == 0 && !quoted) {
                out.add(current.toString());
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
}
