package org.atomic2dynamics.engine.owners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reconciliation queue as CSV (owners.csv) and as rows for the HTML/JSON report. */
public final class OwnersCsv {
    private static final List<String> HEADER = List.of("name", "email", "match", "matched_user",
            "matched_user_disabled", "resolution", "companies", "contacts", "deals", "tasks", "contact_notes",
            "deal_notes", "total");

    private OwnersCsv() {
    }

    public static String render(OwnerQueue queue) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Map<String, Object> row : rows(queue)) {
            List<String> cells = new ArrayList<>();
            HEADER.forEach(h -> cells.add(csv(row.get(h))));
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    /** One ordered map per line, keyed like the CSV header. */
    public static List<Map<String, Object>> rows(OwnerQueue queue) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OwnerLine line : queue.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", line.owner() == null ? "(no owner in Atomic CRM)" : line.owner().name());
            row.put("email", line.owner() == null ? "" : line.owner().email());
            row.put("match", line.match().label());
            row.put("matched_user", line.matchedUser() == null ? "" : line.matchedUser());
            row.put("matched_user_disabled", line.matchedUserDisabled());
            row.put("resolution", line.resolution() == Resolution.FALLBACK
                    ? "fallback: " + queue.fallbackName() : line.resolution().label());
            SourceOwners.OWNED_TABLES.forEach(t -> row.put(t, line.owned().getOrDefault(t, 0L)));
            row.put("total", line.total());
            out.add(row);
        }
        return out;
    }

    private static String csv(Object value) {
        String s = value == null ? "" : value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
