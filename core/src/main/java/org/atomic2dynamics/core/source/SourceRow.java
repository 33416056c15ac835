package org.atomic2dynamics.core.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One source record, in the logical (current-generation) shape of its table. Values are plain Java:
 * Long, Integer, BigDecimal, Double, Boolean, String, java.util.UUID, OffsetDateTime (timestamptz),
 * LocalDateTime (timestamp), LocalDate, List (Postgres arrays, JSON arrays), Map (JSON objects), or null.
 * The map keeps the columns' order and may hold nulls.
 */
public record SourceRow(String table, long id, Map<String, Object> values) {

    public SourceRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String column) {
        return values.get(column);
    }

    public String string(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    public Long longValue(String column) {
        Object v = values.get(column);
        return v == null ? null : ((Number) v).longValue();
    }
}
