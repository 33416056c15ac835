package org.atomic2dynamics.source.config.tsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The props of the {@code <CRM>} element of an App.tsx/CRM.tsx, with references resolved. Values are
 * String, BigDecimal, Boolean, null, List and Map. {@code problems} names every prop part that has no
 * static value (computed, imported from another file...), so nothing is dropped silently.
 */
public record AppConfig(String file, Map<String, Object> props, List<String> problems) {

    public AppConfig {
        props = Collections.unmodifiableMap(new LinkedHashMap<>(props));
        problems = List.copyOf(problems);
    }

    /** Replaces unknown parts by null in the props, listing each in the problems. */
    static AppConfig of(String file, Map<String, Object> resolved) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> props = new LinkedHashMap<>();
        resolved.forEach((k, v) -> props.put(k, clean(k, v, problems)));
        return new AppConfig(file, props, problems);
    }

    private static Object clean(String path, Object value, List<String> problems) {
        if (value instanceof Nodes.Opaque o) {
            problems.add(path + (o.line() > 0 ? " (line " + o.line() + ")" : "") + ": " + o.why());
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(clean(path + "[" + i + "]", list.get(i), problems));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), clean(path + "." + k, v, problems)));
            return out;
        }
        return value;
    }
}
