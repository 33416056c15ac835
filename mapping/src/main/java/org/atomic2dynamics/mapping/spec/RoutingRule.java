package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Which Atomic CRM contacts become Dynamics contacts and which become leads. Mode {@code rule}: a contact
 * is a Dynamics contact when it is on a deal whose stage is not one of {@code lostStages}, or when its
 * status or any of its notes has one of {@code contactStatuses}; every other contact becomes a lead.
 * Modes {@code all-contacts} and {@code all-leads} route everyone one way.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoutingRule(String mode, List<String> lostStages, List<String> contactStatuses) {

    public static final String RULE = "rule";
    public static final String ALL_CONTACTS = "all-contacts";
    public static final String ALL_LEADS = "all-leads";

    public RoutingRule {
        lostStages = lostStages == null ? List.of() : List.copyOf(lostStages);
        contactStatuses = contactStatuses == null ? List.of() : List.copyOf(contactStatuses);
    }

    public static RoutingRule standard() {
        return new RoutingRule(RULE, List.of("lost"), List.of("in-contract"));
    }
}
