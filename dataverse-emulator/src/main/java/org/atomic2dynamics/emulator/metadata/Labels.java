package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.atomic2dynamics.emulator.http.Json;

/** Metadata labels: {@code {"LocalizedLabels":[{"Label":"x","LanguageCode":1033}],"UserLocalizedLabel":{...}}}. */
final class Labels {
    private Labels() {
    }

    /** The English (or first) label text of a Label object; null when there is none. */
    static String text(JsonNode label) {
        if (label == null || !label.isObject()) {
            return null;
        }
        String first = null;
        for (JsonNode l : label.path("LocalizedLabels")) {
            String text = l.path("Label").asText(null);
            if (text != null && l.path("LanguageCode").asInt(1033) == 1033) {
                return text;
            }
            first = first == null ? text : first;
        }
        return first;
    }

    static ObjectNode of(String text) {
        ObjectNode label = Json.object();
        ObjectNode localized = Json.object().put("Label", text == null ? "" : text).put("LanguageCode", 1033)
                .put("IsManaged", false);
        if (text == null) {
            label.putArray("LocalizedLabels");
            label.putNull("UserLocalizedLabel");
        } else {
            label.putArray("LocalizedLabels").add(localized);
            label.set("UserLocalizedLabel", localized.deepCopy());
        }
        return label;
    }
}
