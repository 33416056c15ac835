package org.atomic2dynamics.mapping.convert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises what people type as a website into an absolute http(s) URL: "Example.com/about" →
 * "https://example.com/about". Scheme and host are lower-cased; path, query and fragment are kept as written.
 * Text that is not a web address gives empty, and the caller keeps it as written.
 */
public final class Urls {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final Pattern HOST = Pattern.compile("^(localhost|[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+)$");

    private Urls() {
    }

    public static Optional<String> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String candidate = s.startsWith("//") ? "https:" + s : SCHEME.matcher(s).matches() ? s : "https://" + s;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String authority = uri.getRawAuthority();
            if (!(scheme.equals("http") || scheme.equals("https")) || authority == null || authority.contains("@")
                    || !HOST.matcher(authority.replaceFirst(":\\d{1,5}$", "")).matches()) {
                return Optional.empty();
            }
            String rest = candidate.substring(candidate.indexOf("://") + 3 + authority.length());
            return Optional.of(scheme + "://" + authority.toLowerCase(Locale.ROOT) + rest);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
