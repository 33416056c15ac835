package org.atomic2dynamics.dataverse.client.auth;

import java.time.Instant;

/** A fixed bearer token (emulator, or a token obtained elsewhere). It is never renewed. */
public final class StaticTokenProvider implements TokenProvider {
    private final AccessToken token;

    public StaticTokenProvider(Secret token) {
        this.token = new AccessToken(token, Instant.MAX);
    }

    @Override
    public AccessToken token() {
        return token;
    }

    @Override
    public String describe() {
        return "static token from " + token.value().origin();
    }
}
