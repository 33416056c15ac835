package org.atomic2dynamics.dataverse.client.action;

import java.util.UUID;

/** The answer of WhoAmI: who the application user is, and the parallelism the server recommends. */
public record WhoAmI(UUID userId, UUID businessUnitId, UUID organizationId, int dopHint) {
}
