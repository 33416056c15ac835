package org.atomic2dynamics.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class JsonTextProperties {
    private final ObjectMapper json = new ObjectMapper();

    @Property
    void jsonTextReadsBackToTheSameValue(@ForAll @Size(max = 5) Map<String, List<String>> value) throws Exception {
        String text = JsonText.render(value);
        assertThat(json.readValue(text, Map.class)).isEqualTo(value);
    }

    @Property
    void bytesRoundTripThroughBase64(@ForAll byte[] bytes) {
        assertThat(Base64.getDecoder().decode(JsonText.render(bytes))).isEqualTo(bytes);
    }

    @Property
    void fieldOfAnObjectIsItsTextAndAbsentFieldsAreNull(@ForAll String src, @ForAll String other) {
        assertThat(JsonText.field(Map.of("src", src, "title", other), "src")).isEqualTo(src);
        assertThat(JsonText.field(Map.of("title", other), "src")).isNull();
        assertThat(JsonText.field(null, "src")).isNull();
        assertThat(JsonText.render(null)).isNull();
    }
}
