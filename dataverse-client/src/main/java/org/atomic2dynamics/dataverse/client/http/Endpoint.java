package org.atomic2dynamics.dataverse.client.http;

import java.net.URI;

/**
 * A Dataverse environment: its base URL (https://org.crm.dynamics.com/) and the Web API root under it
 * (…/api/data/v9.2/). Relative request paths resolve against the API root.
 */
public record Endpoint(URI baseUri, URI apiUri) {

    public static Endpoint of(URI baseUri) {
        String base = baseUri.toString().endsWith("/") ? baseUri.toString() : baseUri + "/";
        return new Endpoint(URI.create(base), URI.create(base + "api/data/v9.2/"));
    }

    /** An absolute URL stays as it is (a nextLink); anything else is relative to the API root. */
    public URI resolve(String pathOrUrl) {
        if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
            return URI.create(pathOrUrl);
        }
        return URI.create(apiUri + (pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl));
    }
}
