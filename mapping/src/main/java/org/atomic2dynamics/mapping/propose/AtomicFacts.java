package org.atomic2dynamics.mapping.propose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.EnumValue;

/**
 * What Atomic CRM hard-codes rather than configures (ATOMIC-CRM.md §2): contact genders, company size
 * classes, and the dashboard's probability multipliers per deal stage.
 */
final class AtomicFacts {
    static final List<EnumValue> GENDERS = List.of(new EnumValue("male", "He/Him", "code"),
            new EnumValue("female", "She/Her", "code"), new EnumValue("nonbinary", "They/Them", "code"));

    static final List<EnumValue> COMPANY_SIZES = List.of(new EnumValue("1", "1 employee", "code"),
            new EnumValue("10", "2-9 employees", "code"), new EnumValue("50", "10-49 employees", "code"),
            new EnumValue("250", "50-249 employees", "code"), new EnumValue("500", "250 or more employees", "code"));

    /** The lower bound of each size class: the head count Dynamics gets. */
    static final Map<String, Integer> SIZE_LOWER_BOUNDS = ordered("1", 1, "10", 2, "50", 10, "250", 50, "500", 250);

    /** dashboard/DealsChart.tsx: multiplier = {opportunity:0.2, proposal-sent:0.5, in-negociation:0.8, delayed:0.3}. */
    static final Map<String, Integer> STAGE_PROBABILITY = ordered("opportunity", 20, "proposal-sent", 50,
            "in-negociation", 80, "delayed", 30);

    private AtomicFacts() {
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
