package org.atomic2dynamics.mapping.record;

import java.util.Optional;
import java.util.Set;

/** The routing decided before the load: which contact ids become Dynamics contacts and which leads. */
public record ContactRoutes(Set<Long> contacts, Set<Long> leads) {

    public ContactRoutes {
        contacts = Set.copyOf(contacts);
        leads = Set.copyOf(leads);
    }

    /** Empty for an id the routing never saw (a deal listing a deleted contact). */
    public Optional<Route> routeOf(long contactId) {
        if (contacts.contains(contactId)) {
            return Optional.of(Route.CONTACT);
        }
        return leads.contains(contactId) ? Optional.of(Route.LEAD) : Optional.empty();
    }
}
