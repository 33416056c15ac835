package org.atomic2dynamics.dataverse.client.auth;

import java.time.Duration;
import java.time.Instant;

/** A bearer token and the moment it stops being valid. */
public record AccessToken(Secret value, Instant expiresAt) {

    /** True when the token expires within {@code margin} of {@code now}: time to renew it. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt);
    }
}
