package org.atomic2dynamics.core.source;

import java.util.List;
import java.util.Optional;

/** A named enumeration of the Atomic CRM configuration: companySectors, dealStages, dealCategories... */
public record Enumeration(String name, List<EnumValue> values) {

    public Enumeration {
        values = List.copyOf(values);
    }

    public Optional<EnumValue> find(String value) {
        return values.stream().filter(v -> v.value().equals(value)).findFirst();
    }

    public Optional<EnumValue> findByLabel(String label) {
        return values.stream().filter(v -> v.label().equals(label)).findFirst();
    }
}
