package org.atomic2dynamics.engine.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The follow-up tally as report rows: kind, applied now, already applied earlier, failed. */
final class FollowUpSummary {
    private FollowUpSummary() {
    }

    static List<Map<String, Object>> rows(Map<String, long[]> tally) {
        List<Map<String, Object>> rows = new ArrayList<>();
        tally.forEach((kind, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", kind);
            row.put("applied", n[0]);
            row.put("already_applied", n[1]);
            row.put("failed", n[2]);
            rows.add(row);
        });
        return rows;
    }
}
