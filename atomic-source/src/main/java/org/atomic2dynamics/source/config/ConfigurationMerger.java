package org.atomic2dynamics.source.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.EnumValue;
import org.atomic2dynamics.core.source.Enumeration;

/**
 * Merges configuration keys over a base, as the app does ({...defaultConfiguration, ...config}): a key that
 * is present replaces the base's whole list; a missing key keeps the base. List items may be {value, label}
 * objects or, as before 2026-02, plain label strings, whose value is then toSlug(label).
 */
public final class ConfigurationMerger {
    public static final List<String> ENUMERATION_KEYS = List.of(EffectiveConfiguration.COMPANY_SECTORS,
            EffectiveConfiguration.DEAL_STAGES, EffectiveConfiguration.DEAL_CATEGORIES,
            EffectiveConfiguration.NOTE_STATUSES, EffectiveConfiguration.TASK_TYPES,
            EffectiveConfiguration.CONTACT_GENDER);

    private ConfigurationMerger() {
    }

    public static EffectiveConfiguration merge(EffectiveConfiguration base, Map<String, ?> overrides, String origin) {
        Map<String, Enumeration> enums = new LinkedHashMap<>(base.enumerations());
        for (String key : ENUMERATION_KEYS) {
            Object items = overrides.get(key);
            if (items instanceof List<?> list) {
                enums.put(key, new Enumeration(key, values(list, origin)));
            }
        }
        Object currency = overrides.get("currency");
        boolean hasCurrency = currency instanceof String s && !s.isBlank();
        return new EffectiveConfiguration(hasCurrency ? (String) currency : base.currency(),
                hasCurrency ? origin : base.currencyOrigin(), enums);
    }

    private static List<EnumValue> values(List<?> items, String origin) {
        List<EnumValue> values = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String label) {
                values.add(new EnumValue(Slugs.toSlug(label), label, origin));
            } else if (item instanceof Map<?, ?> map) {
                String label = text(map.get("label"));
                String value = text(map.get("value"));
                values.add(new EnumValue(value == null ? Slugs.toSlug(label) : value, label == null ? value : label,
                        origin));
            }
        }
        return values;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
