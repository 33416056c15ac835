package org.atomic2dynamics.emulator.query;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $skiptoken} of a next page, shaped like Dataverse's paging cookie. It carries the page number
 * and the last id of the page before, so the next page starts after that record even if earlier ones
 * were deleted meanwhile. Clients must treat it as opaque.
 */
public record PagingCookie(int pageNumber, UUID lastId) {
    private static final Pattern PAGE = Pattern.compile("pagenumber=\"(\\d+)\"");
    private static final Pattern LAST = Pattern.compile("last=\"\\{([0-9a-fA-F-]{36})}\"");

    /** The $skiptoken value (not yet URL-encoded for the query string). */
    public String token(String primaryId) {
        String inner = "<cookie page=\"" + (pageNumber - 1) + "\"><" + primaryId + " last=\"{" + lastId + "}\" /></cookie>";
        String once = URLEncoder.encode(URLEncoder.encode(inner, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return "<cookie pagenumber=\"" + pageNumber + "\" pagingcookie=\"" + once + "\" istracking=\"False\" />";
    }

    public static PagingCookie parse(String token) {
        Matcher page = PAGE.matcher(token);
        String decoded = URLDecoder.decode(URLDecoder.decode(token, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Matcher last = LAST.matcher(decoded);
        if (!page.find() || !last.find()) {
            throw org.atomic2dynamics.emulator.error.Errors.badRequest("The $skiptoken is not valid.");
        }
        return new PagingCookie(Integer.parseInt(page.group(1)), UUID.fromString(last.group(1)));
    }
}
