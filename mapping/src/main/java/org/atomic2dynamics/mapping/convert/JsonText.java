package org.atomic2dynamics.mapping.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Base64;
import java.util.Map;

/** Text forms of structured values: JSON as compact JSON text, bytes as base64, a field of a JSON object. */
public final class JsonText {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).findAndAddModules().build();

    private JsonText() {
    }

    /** Maps and lists as JSON; a string (already JSON text) as it is; anything else by toString. */
    public static String render(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof byte[] bytes) {
            return base64(bytes);
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** {@code field} of a JSON object (a logo's "src"); null when absent. */
    public static String field(Object value, String field) {
        if (value instanceof Map<?, ?> m) {
            Object v = m.get(field);
            return v == null ? null : v.toString();
        }
        return null;
    }
}
