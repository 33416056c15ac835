package org.atomic2dynamics.emulator.auth;

import java.util.UUID;

/** Who sent a request: the application user of the client the token was issued to. */
public record Caller(UUID userId, String clientId) {
}
