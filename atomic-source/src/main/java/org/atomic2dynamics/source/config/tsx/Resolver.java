package org.atomic2dynamics.source.config.tsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Replaces references to constants of the same file by their values, and applies spreads. */
final class Resolver {
    private final Map<String, Object> constants;
    private final Set<String> resolving = new HashSet<>();

    Resolver(Map<String, Object> constants) {
        this.constants = constants;
    }

    Object resolve(Object node) {
        if (node instanceof Nodes.Ref ref) {
            return reference(ref);
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Nodes.Spread spread) {
                    Object inner = resolve(spread.value());
                    if (inner instanceof List<?> items) {
                        out.addAll(items);
                    } else {
                        out.add(inner instanceof Nodes.Opaque ? inner : new Nodes.Opaque("a spread of a non-array", 0));
                    }
                } else {
                    out.add(resolve(item));
                }
            }
            return out;
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() instanceof Nodes.Spread spread) {
                    Object inner = resolve(spread.value());
                    if (inner instanceof Map<?, ?> fields) {
                        fields.forEach((k, v) -> out.put(k.toString(), v));
                    } else {
                        out.put(e.getKey().toString(), inner instanceof Nodes.Opaque ? inner
                                : new Nodes.Opaque("a spread of a non-object", 0));
                    }
                } else {
                    out.put(e.getKey().toString(), resolve(e.getValue()));
                }
            }
            return out;
        }
        return node;
    }

    private Object reference(Nodes.Ref ref) {
        if (!constants.containsKey(ref.name())) {
            return new Nodes.Opaque(ref.name() + " is not declared in this file (imported from elsewhere?)", ref.line());
        }
        if (!resolving.add(ref.name())) {
            return new Nodes.Opaque(ref.name() + " refers to itself", ref.line());
        }
        Object value;
        try {
            value = resolve(constants.get(ref.name()));
        } finally {
            resolving.remove(ref.name());
        }
        for (Object step : ref.path()) {
            value = member(value, step);
            if (value instanceof Nodes.Opaque) {
                return new Nodes.Opaque(ref.text() + " does not name a static value", ref.line());
            }
        }
        return value;
    }

    private static Object member(Object value, Object step) {
        if (value instanceof Map<?, ?> map && step instanceof String key && map.containsKey(key)) {
            return map.get(key);
        }
        if (value instanceof List<?> list && step instanceof Integer i && i >= 0 && i < list.size()) {
            return list.get(i);
        }
        return new Nodes.Opaque("no such member", 0);
    }
}
