package org.atomic2dynamics.emulator.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.atomic2dynamics.emulator.error.Errors;

/**
 * One addressed record: {@code accounts(<guid>)} or {@code accounts(accountnumber='A-1',...)}. Key values
 * keep their literal form: quoted strings are unquoted (a doubled quote is one quote), numbers and GUIDs
 * stay as written.
 */
public record KeySegment(String entitySet, UUID id, Map<String, String> keys) {

    public KeySegment {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }

    public boolean byId() {
        return id != null;
    }

    /** Parses {@code set(...)}; empty when the text has no parenthesised key. */
    public static Optional<KeySegment> parse(String segment) {
        int open = segment.indexOf('(');
        if (open <= 0 || !segment.endsWith(")")) {
            return Optional.empty();
        }
        String set = segment.substring(0, open);
        String inner = segment.substring(open + 1, segment.length() - 1).trim();
        if (!inner.contains("=")) {
            return Optional.of(new KeySegment(set, guid(inner), null));
        }
        return Optional.of(new KeySegment(set, null, pairs(inner)));
    }

    private static UUID guid(String text) {
        try {
            return UUID.fromString(text.replace("{", "").replace("}", ""));
        } catch (IllegalArgumentException e) {
            throw Errors.badRequest("Bad Request - Error in query syntax.");
        }
    }

    private static Map<String, String> pairs(String inner) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < inner.length()) {
            int eq = inner.indexOf('=', i);
            if (eq < 0) {
                throw Errors.badRequest("Bad Request - Error in query syntax.");
            }
            String name = inner.substring(i, eq).trim();
            int j = eq + 1;
            StringBuilder value = new StringBuilder();
            if (j < inner.length() && inner.charAt(j) == '\'') {
                j++;
                while (j < inner.length()) {
                    char c = inner.charAt(j);
                    if (c == '\'' && j + 1 < inner.length() && inner.charAt(j + 1) == '\'') {
                        value.append('\'');
                        j += 2;
                    } else if (c == '\'') {
                        j++;
                        break;
                    } else {
                        value.append(c);
                        j++;
                    }
                }
            } else {
                while (j < inner.length() && inner.charAt(j) != ',') {
                    value.append(inner.charAt(j++));
                }
            }
            out.put(name, value.toString().trim());
            while (j < inner.length() && (inner.charAt(j) == ',' || inner.charAt(j) == ' ')) {
                j++;
            }
            i = j;
        }
        return out;
    }
}
