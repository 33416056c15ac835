package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A global option set (choice) to create in Dataverse. {@code source} says where its options come from
 * (a configuration enumeration such as dealStages, "tags", or a Postgres enum type); each option keeps the
 * Atomic CRM value it stands for.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OptionSetSpec(String name, String displayName, String source,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean multiSelect,
        List<OptionSpec> options) {

    public OptionSetSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<OptionSpec> bySource(String sourceValue) {
        return options.stream().filter(o -> o.source().equals(sourceValue)).findFirst();
    }
}
