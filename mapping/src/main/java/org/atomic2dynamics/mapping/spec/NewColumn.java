package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A column the schema setup creates, described fully: names (the schema name starts with the publisher
 * prefix, the logical name is its lower case), the metadata API's attribute type (String, Memo, Integer,
 * Decimal, Double, Money, Boolean, DateTime, Picklist, MultiSelectPicklist, Lookup), and the facts that
 * type needs. {@code lookupTarget} is the referenced table of a Lookup; {@code alternateKey} asks for an
 * alternate key on this column (the audit column).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NewColumn(
        String logicalName,
        String schemaName,
        String displayName,
        String type,
        Integer maxLength,
        String format,
        Integer precision,
        BigDecimal minValue,
        BigDecimal maxValue,
        String dateTimeBehavior,
        String optionSet,
        String lookupTarget,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean alternateKey,
        String description) {
}
