package org.atomic2dynamics.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tiny HTML building blocks: escaping, tables, and a generic rendering of JSON-shaped sections. */
final class Html {
    private Html() {
    }

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String table(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(esc(cell)).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** An array of objects becomes a table, an object a definition list, anything else its text. */
    static String node(JsonNode node) {
        if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            Set<String> headers = new LinkedHashSet<>();
            node.forEach(row -> row.fieldNames().forEachRemaining(headers::add));
            List<List<String>> rows = new ArrayList<>();
            node.forEach(row -> rows.add(headers.stream().map(h -> text(row.get(h))).toList()));
            return table(new ArrayList<>(headers), rows);
        }
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("<dl>");
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                out.append("<dt>").append(esc(name)).append("</dt><dd>").append(node(node.get(name))).append("</dd>");
            }
            return out.append("</dl>").toString();
        }
        return esc(text(node));
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
