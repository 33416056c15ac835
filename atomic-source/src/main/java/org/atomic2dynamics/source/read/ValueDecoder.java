package org.atomic2dynamics.source.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.core.source.ColumnInfo;

/**
 * Turns a column into the plain Java value {@code SourceRow} promises. Where JDBC has no faithful Java type
 * the SELECT asks Postgres for a form that has one: arrays as JSON, money as numeric, floats and the types
 * with no Java value (geometry, ranges, intervals, bytea, xml...) as their Postgres text.
 */
public final class ValueDecoder {
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public ObjectMapper json() {
        return json;
    }

    /** The select-list expression for {@code column} computed by {@code sql}. */
    public static String select(ColumnInfo column, String sql) {
        return switch (column.family()) {
            case ARRAY -> "array_to_json(" + sql + ")::text";
            case MONEY -> "(" + sql + ")::numeric";
            case INTEGER, NUMERIC, BOOLEAN, UUID, DATE, TIMESTAMP, TIMESTAMPTZ, JSON -> sql;
            default -> "(" + sql + ")::text";
        };
    }

    public Object decode(ResultSet rs, int index, ColumnInfo column) throws SQLException {
        return switch (column.family()) {
            case INTEGER -> column.dataType().equals("bigint") ? nullable(rs, rs.getLong(index))
                    : nullable(rs, rs.getInt(index));
            case NUMERIC, MONEY -> rs.getBigDecimal(index);
            case FLOAT -> {
                String text = rs.getString(index);
                yield text == null ? null : Double.valueOf(text);
            }
            case BOOLEAN -> nullable(rs, rs.getBoolean(index));
            case UUID -> rs.getObject(index, UUID.class);
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case TIMESTAMPTZ -> {
                OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
                yield t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
            }
            case JSON -> parse(rs.getString(index));
            case ARRAY -> elements(parse(rs.getString(index)), column.dataType());
            default -> rs.getString(index);
        };
    }

    private static Object nullable(ResultSet rs, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    private Object parse(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable JSON from the database: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON numbers come back as the narrowest type; arrays of integers keep their declared width. */
    private static Object elements(Object value, String dataType) {
        if (!(value instanceof List<?> list)) {
            return value;
        }
        List<Object> out = new ArrayList<>(list.size());
        for (Object e : list) {
            out.add(e instanceof List<?> ? elements(e, dataType) : element(e, dataType));
        }
        return out;
    }

    private static Object element(Object e, String dataType) {
        if (!(e instanceof Number n)) {
            return e;
        }
        if (dataType.startsWith("bigint")) {
            return n.longValue();
        }
        if (dataType.startsWith("integer") || dataType.startsWith("smallint")) {
            return n.intValue();
        }
        if (dataType.startsWith("numeric")) {
            return new BigDecimal(n.toString());
        }
        return n.doubleValue();
    }
}
