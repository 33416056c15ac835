package org.atomic2dynamics.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.junit.jupiter.api.Test;

/** Request bodies parse to the same tree, in the same order, as the plain mapper reads them. */
class JsonParseTest {

    @Test
    void objectsKeepTheirValuesOrderAndTypes() throws Exception {
        for (String body : List.of(
                "{\"Targets\":[{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"A\",\"revenue\":10.50,"
                        + "\"numberofemployees\":12,\"big\":12345678901,\"huge\":123456789012345678901234567890,"
                        + "\"exp\":1.5E+3,\"flag\":true,\"none\":null,\"nested\":{\"a\":[1,{\"b\":2}]}}]}",
                "{\"a\":1,\"b\":2,\"a\":3}",
                "[1,2,{\"x\":\"y\"}]", "5", "null", "\"text\"", "{}", "   ", "{\"a\":1} trailing")) {
            JsonNode expected = Json.mapper().readTree(body);
            JsonNode actual = Json.parse(body.getBytes(StandardCharsets.UTF_8), "accounts");
            assertThat(actual).as(body).isEqualTo(expected);
            assertThat(Json.mapper().writeValueAsString(actual)).as(body)
                    .isEqualTo(Json.mapper().writeValueAsString(expected));
        }
    }

    @Test
    void duplicatePropertiesKeepTheFirstPlaceAndTheLastValue() {
        JsonNode node = Json.parse("{\"a\":1,\"b\":2,\"a\":3}".getBytes(StandardCharsets.UTF_8), "accounts");
        assertThat(node.toString()).isEqualTo("{\"a\":3,\"b\":2}");
    }

    @Test
    void parsedObjectsCanBeChangedLikeAnyObjectNode() {
        ObjectNode node = (ObjectNode) Json.parse("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}".getBytes(StandardCharsets.UTF_8),
                "accounts");
        assertThat(node.remove("b").asInt()).isEqualTo(2);
        node.put("e", 5);
        node.put("a", 6);
        assertThat(node.toString()).isEqualTo("{\"a\":6,\"c\":3,\"d\":4,\"e\":5}");
        node.retain("a", "e");
        assertThat(node.toString()).isEqualTo("{\"a\":6,\"e\":5}");
        for (int i = 0; i < 40; i++) {
            node.put("k" + i, i);
        }
        assertThat(node.size()).isEqualTo(42);
        assertThat(node.get("k39").asInt()).isEqualTo(39);
        assertThat(node.deepCopy()).isEqualTo(node);
    }

    @Test
    void malformedBodiesAreThePayloadError() {
        assertThatThrownBy(() -> Json.parse("{\"a\":".getBytes(StandardCharsets.UTF_8), "accounts"))
                .isInstanceOf(DataverseException.class).hasMessageContaining("Invalid JSON. Unexpected end-of-input");
    }
}
