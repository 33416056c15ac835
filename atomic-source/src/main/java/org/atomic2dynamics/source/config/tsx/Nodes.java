package org.atomic2dynamics.source.config.tsx;

import java.util.List;

/**
 * Parse-tree nodes besides plain values (String, BigDecimal, Boolean, null, List, Map): references to
 * constants, spreads, and expressions with no static value. Resolution replaces references and spreads.
 */
final class Nodes {
    private Nodes() {
    }

    /** {@code name.path[0].path[1]}, a reference to a constant (path items are Strings or numbers). */
    record Ref(String name, List<Object> path, int line) {
        String text() {
            StringBuilder s = new StringBuilder(name);
            path.forEach(p -> s.append(p instanceof String ? "." + p : "[" + p + "]"));
            return s.toString();
        }
    }

    /** {@code ...value} inside an array or object literal. */
    record Spread(Object value) {
    }

    /** An expression whose value is not known without running the code (a call, a function, JSX...). */
    record Opaque(String why, int line) {
    }
}
