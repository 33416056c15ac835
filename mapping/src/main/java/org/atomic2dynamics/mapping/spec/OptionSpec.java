package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One option: its Dataverse value and label, the Atomic CRM value it stands for, and an optional colour. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OptionSpec(int value, String label, String source, String color) {

    public OptionSpec {
        source = source == null ? "" : source;
    }
}
