package org.atomic2dynamics.core.source;

import java.util.Map;
import java.util.Optional;

/**
 * The configuration an Atomic CRM instance actually runs with: the database `configuration` row merged over
 * the code defaults of its generation, or the {@code <CRM>} props of an App.tsx. Enumerations are keyed by
 * their configuration name (companySectors, dealStages, dealCategories, noteStatuses, taskTypes, contactGender).
 */
public record EffectiveConfiguration(String currency, String currencyOrigin, Map<String, Enumeration> enumerations) {

    public static final String COMPANY_SECTORS = "companySectors";
    public static final String DEAL_STAGES = "dealStages";
    public static final String DEAL_CATEGORIES = "dealCategories";
    public static final String NOTE_STATUSES = "noteStatuses";
    public static final String TASK_TYPES = "taskTypes";
    public static final String CONTACT_GENDER = "contactGender";

    public EffectiveConfiguration {
        enumerations = Map.copyOf(enumerations);
    }

    public Optional<Enumeration> enumeration(String name) {
        return Optional.ofNullable(enumerations.get(name));
    }
}
