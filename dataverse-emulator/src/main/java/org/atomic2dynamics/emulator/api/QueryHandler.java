package org.atomic2dynamics.emulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.data.EntityReader;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.http.Prefer;
import org.atomic2dynamics.emulator.query.FilterParser;
import org.atomic2dynamics.emulator.query.OrderBy;
import org.atomic2dynamics.emulator.query.PagingCookie;
import org.atomic2dynamics.emulator.query.Properties;
import org.atomic2dynamics.emulator.query.SelectParser;
import org.atomic2dynamics.emulator.query.Selection;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;

/**
 * GET on an entity set: $select, $filter, $orderby, $top, $count, $expand, and paging with
 * {@code Prefer: odata.maxpagesize} and {@code @odata.nextLink}. Without $orderby records come in
 * creation order. $top switches paging off, as in Dataverse.
 */
final class QueryHandler {
    private static final int COUNT_LIMIT = 5000;

    private final Backend backend;
    private final EntityReader reader;
    private final Urls urls;

    QueryHandler(Backend backend, EntityReader reader, Urls urls) {
        this.backend = backend;
        this.reader = reader;
        this.urls = urls;
    }

    ApiResponse query(ApiRequest req, EntityType type) {
        rejectUnsupported(req);
        Selection selection = SelectParser.parse(backend.schema(), type, req.queryOption("$select"),
                req.queryOption("$expand"));
        Properties properties = new Properties(backend.schema(), backend.store(), type);
        Predicate<Record> filter = FilterParser.parse(req.queryOption("$filter"), properties, aliases(req));
        Comparator<Record> order = OrderBy.parse(req.queryOption("$orderby"), properties);
        List<Record> matches = backend.store().scan(type.name(), filter);
        if (order != null) {
            matches.sort(order);
        }
        Prefer prefer = req.prefer();
        ObjectNode body = Json.object();
        body.put("@odata.context", urls.entityContext(type.entitySet(), selection, false));
        if ("true".equals(req.queryOption("$count"))) {
            body.put("@odata.count", Math.min(matches.size(), COUNT_LIMIT));
            if (matches.size() > COUNT_LIMIT) {
                body.put("@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded", true);
            }
        }
        Page page = page(req, type, matches);
        ArrayNode value = body.putArray("value");
        List<Record> rows = matches.subList(page.from(), page.to());
        backend.store().read(() -> {
            rows.forEach(r -> value.add(reader.write(type, r, selection, prefer)));
            return null;
        });
        if (page.to() < matches.size() && page.paged()) {
            PagingCookie next = new PagingCookie(page.number() + 1, matches.get(page.to() - 1).id());
            body.put("@odata.nextLink", nextLink(req, type, next));
        }
        ApiResponse response = ApiResponse.json(200, Json.bytes(body));
        if (prefer.maxPageSize().isPresent()) {
            response = response.header("Preference-Applied", "odata.maxpagesize=" + prefer.maxPageSize().getAsInt());
        }
        return response;
    }

    private record Page(int number, int from, int to, boolean paged) {
    }

    private Page page(ApiRequest req, EntityType type, List<Record> matches) {
        String top = req.queryOption("$top");
        if (top != null) {
            int n = parseTop(top);
            return new Page(1, 0, Math.min(n, matches.size()), false);
        }
        int size = Math.min(req.prefer().maxPageSize().orElse(backend.settings().maxPageSize()),
                backend.settings().maxPageSize());
        String token = req.queryOption("$skiptoken");
        int number = 1;
        int from = 0;
        if (token != null) {
            PagingCookie cookie = PagingCookie.parse(token);
            number = cookie.pageNumber();
            from = (number - 1) * size;
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i).id().equals(cookie.lastId())) {
                    from = i + 1;
                    break;
                }
            }
        }
        from = Math.min(from, matches.size());
        return new Page(number, from, Math.min(from + size, matches.size()), true);
    }

    private static int parseTop(String top) {
        try {
            int n = Integer.parseInt(top.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw Errors.badRequest("Invalid value '" + top + "' for $top query option found. The $top query option "
                    + "requires a non-negative integer value.");
        }
    }

    private String nextLink(ApiRequest req, EntityType type, PagingCookie cookie) {
        StringBuilder q = new StringBuilder();
        for (String part : req.rawQuery() == null ? new String[0] : req.rawQuery().split("&")) {
            if (!part.isEmpty() && !part.startsWith("$skiptoken=") && !part.startsWith("%24skiptoken=")) {
                q.append(q.length() == 0 ? "" : "&").append(part);
            }
        }
        q.append(q.length() == 0 ? "" : "&").append("$skiptoken=")
                .append(URLEncoder.encode(cookie.token(type.primaryId()), StandardCharsets.UTF_8).replace("+", "%20"));
        return urls.api() + type.entitySet() + "?" + q;
    }

    private static Map<String, String> aliases(ApiRequest req) {
        Map<String, String> out = new java.util.HashMap<>();
        req.query().forEach((k, v) -> {
            if (k.startsWith("@")) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void rejectUnsupported(ApiRequest req) {
        if (req.queryOption("$skip") != null) {
            throw Errors.badRequest("The query parameter $skip is not supported");
        }
    }
}
