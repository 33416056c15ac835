package org.atomic2dynamics.mapping.record;

import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.ids.DeterministicIds;
import org.atomic2dynamics.core.target.EntityRef;

/**
 * What the engine computes before the load and the record mapper reads: the deterministic ids of the source
 * instance, the contact routing, the owner map, the currency record, the stakeholder connection role, and
 * company names by id (a lead carries its company's name as text). Nothing here is looked up during mapping.
 */
public record MappingContext(
        DeterministicIds ids,
        ContactRoutes routes,
        OwnerMap owners,
        EntityRef currency,
        UUID stakeholderRoleId,
        Map<Long, String> companyNames) {

    public MappingContext {
        companyNames = companyNames == null ? Map.of() : Map.copyOf(companyNames);
    }
}
