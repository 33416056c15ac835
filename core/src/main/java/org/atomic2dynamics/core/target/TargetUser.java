package org.atomic2dynamics.core.target;

import java.util.UUID;

/** A Dataverse systemuser as owner reconciliation sees it. */
public record TargetUser(UUID id, String fullName, String internalEmail, String domainName, boolean disabled,
        boolean applicationUser) {
}
