package org.atomic2dynamics.emulator.http;

/** What the server does with a request: answer it, or drop the connection (an injected fault). */
public record Outcome(ApiResponse response, boolean resetConnection) {

    public static Outcome answer(ApiResponse response) {
        return new Outcome(response, false);
    }

    public static Outcome reset() {
        return new Outcome(null, true);
    }
}
