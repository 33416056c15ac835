package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where the map was proposed from: the source instance id, its schema generation and currency. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceInfo(String instance, String generation, String currency) {
}
