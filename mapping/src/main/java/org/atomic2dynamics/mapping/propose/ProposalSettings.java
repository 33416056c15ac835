package org.atomic2dynamics.mapping.propose;

import org.atomic2dynamics.mapping.spec.RoutingRule;

/**
 * Choices the proposal starts from: the publisher prefix (default atm) and option value prefix (default
 * 72700), the source instance id, the contact routing rule, and whether calls and meetings become phone
 * calls and appointments instead of tasks.
 */
public record ProposalSettings(String publisherPrefix, int optionValuePrefix, String sourceInstance,
        RoutingRule routing, boolean tasksAsActivities) {

    public ProposalSettings {
        publisherPrefix = publisherPrefix == null || publisherPrefix.isBlank() ? "atm" : publisherPrefix;
        optionValuePrefix = optionValuePrefix == 0 ? 72700 : optionValuePrefix;
        routing = routing == null ? RoutingRule.standard() : routing;
    }

    public static ProposalSettings defaults(String sourceInstance) {
        return new ProposalSettings("atm", 72700, sourceInstance, RoutingRule.standard(), false);
    }

    public ProposalSettings withTasksAsActivities(boolean value) {
        return new ProposalSettings(publisherPrefix, optionValuePrefix, sourceInstance, routing, value);
    }
}
