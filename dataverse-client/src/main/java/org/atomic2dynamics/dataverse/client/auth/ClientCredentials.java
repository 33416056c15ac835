package org.atomic2dynamics.dataverse.client.auth;

import java.net.URI;

/**
 * An Entra ID application: tenant, client id, and the Dataverse environment it asks a token for. The
 * scope is the environment URL plus "/.default" (client credentials flow).
 */
public record ClientCredentials(String tenant, String clientId, URI environment) {

    public ClientCredentials {
        if (tenant == null || tenant.isBlank() || clientId == null || clientId.isBlank() || environment == null) {
            throw new IllegalArgumentException("tenant, client id and environment URL are required");
        }
    }

    public String scope() {
        String base = environment.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/.default";
    }
}
