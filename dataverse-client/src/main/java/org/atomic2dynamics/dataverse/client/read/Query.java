package org.atomic2dynamics.dataverse.client.read;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A collection query: entity set plus $select, $filter, $orderby, $top, with values percent-encoded
 * (spaces as %20). {@link #path()} is relative to the Web API root.
 */
public record Query(String entitySet, List<String> select, String filter, String orderBy, Integer top) {

    public Query {
        select = select == null ? List.of() : List.copyOf(select);
    }

    public static Query of(String entitySet) {
        return new Query(entitySet, List.of(), null, null, null);
    }

    public Query select(List<String> columns) {
        return new Query(entitySet, columns, filter, orderBy, top);
    }

    public Query filter(String expression) {
        return new Query(entitySet, select, expression, orderBy, top);
    }

    public Query orderBy(String expression) {
        return new Query(entitySet, select, filter, expression, top);
    }

    public Query top(int rows) {
        return new Query(entitySet, select, filter, orderBy, rows);
    }

    public String path() {
        List<String> options = new ArrayList<>();
        if (!select.isEmpty()) {
            options.add("$select=" + encode(String.join(",", select)));
        }
        if (filter != null) {
            options.add("$filter=" + encode(filter));
        }
        if (orderBy != null) {
            options.add("$orderby=" + encode(orderBy));
        }
        if (top != null) {
            options.add("$top=" + top);
        }
        return options.isEmpty() ? entitySet : entitySet + "?" + String.join("&", options);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A string literal for $filter: single quotes, embedded quotes doubled. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
