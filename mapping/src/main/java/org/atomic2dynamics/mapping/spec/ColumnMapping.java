package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a table mapping: a source column (or, for a derived value, only {@code inputs}), the target
 * columns it writes in the order the transform defines, and why. An empty {@code target} means the column
 * is not migrated, and {@code reason} must say why. {@code lossy} says what the target cannot hold exactly.
 * {@code optionSet} names the global option set a choice transform uses for the new choice columns;
 * {@code valueMap} maps source values to values of standard choice columns; {@code truncate} allows
 * cutting text to the target length (reported per record); {@code params} holds transform knobs.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ColumnMapping(
        String source,
        List<String> inputs,
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<String> target,
        String transform,
        String optionSet,
        Map<String, String> valueMap,
        Map<String, String> params,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean truncate,
        Confidence confidence,
        String reason,
        String lossy) {

    public ColumnMapping {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        target = target == null ? List.of() : List.copyOf(target);
        valueMap = ordered(valueMap);
        params = ordered(params);
        lossy = lossy == null ? "" : lossy;
    }

    /** Keeps the written order, so the file diffs cleanly (Map.copyOf would not). */
    private static Map<String, String> ordered(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public boolean migrated() {
        return !target.isEmpty();
    }

    public boolean hasLoss() {
        return !lossy.isEmpty();
    }

    public boolean reads(String column) {
        return column.equals(source) || inputs.contains(column);
    }

    public String param(String name, String fallback) {
        return params.getOrDefault(name, fallback);
    }

    /** The source column, or the inputs of a derived value: how the entry is named in messages. */
    public String label() {
        return source != null ? source : "(" + String.join(", ", inputs) + ")";
    }
}
