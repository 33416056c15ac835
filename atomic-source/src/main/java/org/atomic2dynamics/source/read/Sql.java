package org.atomic2dynamics.source.read;

/** Quoting for identifiers built into SQL text (names come from the catalog, still quoted always). */
public final class Sql {
    private Sql() {
    }

    public static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
