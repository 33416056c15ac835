package org.atomic2dynamics.source.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.source.introspect.Catalog;

/** Reads public.configuration (id 1).config, the Settings page's store since 2026-02. */
public final class DatabaseConfiguration {
    public static final String ORIGIN = "database";
    private static final String READABLE = Catalog.readable("public", "configuration");

    private DatabaseConfiguration() {
    }

    /** The stored config object, or empty when there is no configuration table or row (older generations). */
    public static Optional<Map<String, Object>> read(Connection c, ObjectMapper json) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(READABLE)) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return Optional.empty();
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select config::text from public.configuration where id = 1")) {
            if (!rs.next() || rs.getString(1) == null) {
                return Optional.empty();
            }
            Object parsed = json.readValue(rs.getString(1), Object.class);
            if (parsed instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> config = (Map<String, Object>) map;
                return Optional.of(config);
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new SQLException("configuration.config is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
