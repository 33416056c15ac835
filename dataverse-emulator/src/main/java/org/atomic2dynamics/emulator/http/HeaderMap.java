package org.atomic2dynamics.emulator.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Request headers by case-insensitive name (first value wins), immutable. */
public final class HeaderMap {
    private final Map<String, String> values;

    private HeaderMap(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static HeaderMap of(Map<String, String> raw) {
        Map<String, String> m = new LinkedHashMap<>();
        raw.forEach((k, v) -> m.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        return new HeaderMap(m);
    }

    public static HeaderMap empty() {
        return new HeaderMap(Map.of());
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean has(String name) {
        return values.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** A copy with one header replaced; batch parts inherit some outer headers this way. */
    public HeaderMap with(String name, String value) {
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(name.toLowerCase(Locale.ROOT), value);
        return new HeaderMap(m);
    }

    public Map<String, String> asMap() {
        return values;
    }
}
