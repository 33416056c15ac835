package org.atomic2dynamics.dataverse.client.auth;

/**
 * Gives the bearer token for every Dataverse request. Implementations cache the token and renew it
 * before it expires; {@link #invalidate()} drops the cached one after the service answered 401.
 */
public interface TokenProvider {

    AccessToken token();

    default void invalidate() {
    }

    /** A label for reports (the client id or "static token"), never the secret. */
    String describe();
}
