package org.atomic2dynamics.demo.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A batched INSERT into one table. Columns are given as "name" or "name::type"; values for json, jsonb,
 * jsonb[] and bigint[] columns are Java Maps/Lists, converted here to the text Postgres casts from.
 */
final class Batch implements AutoCloseable {
    private static final int SIZE = 500;
    private final PreparedStatement statement;
    private final List<String> casts = new ArrayList<>();
    private int pending;

    Batch(Connection c, String table, String... columns) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> params = new ArrayList<>();
        for (String column : columns) {
            int cut = column.indexOf("::");
            names.add(cut < 0 ? column : column.substring(0, cut));
            casts.add(cut < 0 ? "" : column.substring(cut + 2));
            params.add(cut < 0 ? "?" : "?::" + column.substring(cut + 2));
        }
        statement = c.prepareStatement("insert into " + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", params) + ")");
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, convert(casts.get(i), values[i]));
        }
        statement.addBatch();
        if (++pending == SIZE) {
            flush();
        }
    }

    private static Object convert(String cast, Object value) {
        if (value == null) {
            return null;
        }
        return switch (cast) {
            case "json", "jsonb" -> Json.write(value);
            case "jsonb[]" -> ((List<?>) value).stream().map(e -> quoteElement(Json.write(e)))
                    .collect(Collectors.joining(",", "{", "}"));
            case "bigint[]" -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            default -> value;
        };
    }

    private static String quoteElement(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
