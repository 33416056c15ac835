package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Choices that hold for the whole map: the publisher prefixes new columns and option values use, the audit
 * column that holds the Atomic CRM id, the contact/lead routing rule and what each deal stage means.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MappingSettings(
        String publisherPrefix,
        int optionValuePrefix,
        String auditColumn,
        RoutingRule contactRouting,
        List<StageRule> dealStages) {

    public MappingSettings {
        dealStages = dealStages == null ? List.of() : List.copyOf(dealStages);
    }

    public Optional<StageRule> stage(String value) {
        return dealStages.stream().filter(s -> s.stage().equals(value)).findFirst();
    }

    /** The first option value of this publisher: prefix * 10000 (e.g. 727000000). */
    public int firstOptionValue() {
        return optionValuePrefix * 10_000;
    }
}
