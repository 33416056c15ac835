package org.atomic2dynamics.emulator.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;

/** JSON in and out: decimals exact (money keeps its scale), numbers written plain. */
public final class Json {
    private static final ObjectMapper MAPPER = mapper(JsonNodeFactory.withExactBigDecimals(true));
    /** Reads request bodies: the same settings, with objects on small maps (see {@link SmallObjectNodes}). */
    private static final ObjectMapper REQUESTS = mapper(new SmallObjectNodes());

    private Json() {
    }

    private static ObjectMapper mapper(JsonNodeFactory nodes) {
        return JsonMapper.builder()
                .nodeFactory(nodes)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a request body; malformed JSON is the OData payload error Dataverse answers with. */
    public static JsonNode parse(byte[] body, String entitySet) {
        if (body.length == 0) {
            throw Errors.payload(entitySet, "The request body is empty.");
        }
        try {
            return REQUESTS.readTree(body);
        } catch (IOException e) {
            throw Errors.payload(entitySet, "Invalid JSON. " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] error(DataverseException e) {
        ObjectNode root = object();
        ObjectNode err = root.putObject("error");
        err.put("code", e.code());
        err.put("message", e.getMessage());
        return bytes(root);
    }
}
