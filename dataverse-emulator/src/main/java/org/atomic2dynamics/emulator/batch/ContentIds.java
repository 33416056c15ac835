package org.atomic2dynamics.emulator.batch;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiResponse;

/** The entity URLs of the batch's earlier requests by Content-ID, and their use as {@code $n}. */
final class ContentIds {
    private static final Pattern IN_BODY = Pattern.compile("\"\\$([A-Za-z0-9_.-]+)\"");

    private final Map<String, String> urls = new HashMap<>();

    void declare(String contentId, ApiResponse response) {
        if (contentId == null) {
            return;
        }
        String url = response.headers().getOrDefault("OData-EntityId", response.headers().get("Location"));
        if (url != null) {
            urls.put(contentId, url);
        }
    }

    void forget(Collection<String> contentIds) {
        contentIds.forEach(urls::remove);
    }

    /** A URL starting with {@code $n} (followed by nothing or {@code /...}) with the reference resolved. */
    String resolveUrl(String url) {
        if (!url.startsWith("$") || url.startsWith("$batch")) {
            return url;
        }
        int slash = url.indexOf('/');
        String id = url.substring(1, slash < 0 ? url.length() : slash);
        return lookup(id) + (slash < 0 ? "" : url.substring(slash));
    }

    /** Replaces every {@code "$n"} string in a JSON body by the entity URL it references. */
    String resolveBody(String body) {
        Matcher m = IN_BODY.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + lookup(m.group(1)) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String lookup(String id) {
        String url = urls.get(id);
        if (url == null) {
            throw Errors.badRequest("Content-ID Reference: '$" + id + "' does not exist in the batch context.");
        }
        return url;
    }
}
