package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How sure the proposer is of a choice; {@code low} means a person should look at it before confirming. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    @JsonValue
    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Confidence of(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
