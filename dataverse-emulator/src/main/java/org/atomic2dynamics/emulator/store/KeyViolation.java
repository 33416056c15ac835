package org.atomic2dynamics.emulator.store;

import java.util.List;

/** A write would give two records the same value of an active alternate key. */
public final class KeyViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String keyName;
    private final List<String> columns;
    private final transient List<Object> values;

    KeyViolation(String keyName, List<String> columns, List<Object> values) {
        super("key " + keyName + " violated", null, false, false);
        this.keyName = keyName;
        this.columns = List.copyOf(columns);
        this.values = values;
    }

    public String keyName() {
        return keyName;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Object> values() {
        return values;
    }
}
