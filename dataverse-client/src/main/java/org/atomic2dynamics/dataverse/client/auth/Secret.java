package org.atomic2dynamics.dataverse.client.auth;

/**
 * A secret value (client secret, certificate password, bearer token). It never prints itself: toString is
 * masked, so a secret that slips into a log line or an exception message shows as "****".
 */
public final class Secret {
    private static final String MASK = "****";

    private final String value;
    private final String origin;

    private Secret(String value, String origin) {
        this.value = value;
        this.origin = origin;
    }

    /** {@code origin} says where it came from ("environment variable X"), never what it is. */
    public static Secret of(String value, String origin) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a secret needs a value");
        }
        return new Secret(value, origin);
    }

    /** The value itself; call only where it is put on the wire. */
    public String reveal() {
        return value;
    }

    public String origin() {
        return origin;
    }

    /** Text with every occurrence of this secret masked; for text that came back from a server. */
    public String scrub(String text) {
        return text == null ? null : text.replace(value, MASK);
    }

    @Override
    public String toString() {
        return MASK + " (" + origin + ")";
    }
}
