package org.atomic2dynamics.core.target;

import java.util.UUID;

/** A Dataverse team that can own records. */
public record TargetTeam(UUID id, String name) {
}
