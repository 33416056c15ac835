package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;
import org.atomic2dynamics.emulator.error.Errors;

/**
 * Builds a column from a POSTed AttributeMetadata body, with the type-specific checks and defaults of
 * DATAVERSE.md §5.1 (String, Memo, Integer, BigInt, Decimal, Double, Money, Boolean, DateTime, Picklist,
 * MultiSelectPicklist).
 */
final class ColumnFactory {
    private ColumnFactory() {
    }

    static AttributeType typeOf(JsonNode body) {
        String odataType = body.path("@odata.type").asText("").replace("#", "").replace("Microsoft.Dynamics.CRM.", "");
        return switch (odataType) {
            case "StringAttributeMetadata" -> AttributeType.STRING;
            case "MemoAttributeMetadata" -> AttributeType.MEMO;
            case "IntegerAttributeMetadata" -> AttributeType.INTEGER;
            case "BigIntAttributeMetadata" -> AttributeType.BIGINT;
            case "DecimalAttributeMetadata" -> AttributeType.DECIMAL;
            case "DoubleAttributeMetadata" -> AttributeType.DOUBLE;
            case "MoneyAttributeMetadata" -> AttributeType.MONEY;
            case "BooleanAttributeMetadata" -> AttributeType.BOOLEAN;
            case "DateTimeAttributeMetadata" -> AttributeType.DATETIME;
            case "PicklistAttributeMetadata" -> AttributeType.PICKLIST;
            case "MultiSelectPicklistAttributeMetadata" -> AttributeType.MULTISELECTPICKLIST;
            default -> throw Errors.invalidArgument("Creating a column of @odata.type '" + odataType + "' is not "
                    + "supported here; use a typed AttributeMetadata (lookups are created through RelationshipDefinitions).");
        };
    }

    static ColumnDef build(JsonNode body, List<OptionDef> options, String optionSetName) {
        AttributeType type = typeOf(body);
        String schemaName = body.path("SchemaName").asText();
        RequiredLevel required = RequiredLevel.of(body.path("RequiredLevel").path("Value").asText("None"));
        if (required == RequiredLevel.SYSTEM_REQUIRED) {
            throw Errors.invalidArgument("The RequiredLevel SystemRequired cannot be set on a custom column.");
        }
        Integer maxLength = null;
        String format = null;
        BigDecimal min = null;
        BigDecimal max = null;
        Integer precision = null;
        String behavior = null;
        switch (type) {
            case STRING -> {
                maxLength = bounded(body, "MaxLength", 100, 1, 4000);
                format = body.path("FormatName").path("Value").asText(body.path("Format").asText("Text"));
            }
            case MEMO -> {
                maxLength = bounded(body, "MaxLength", 2000, 1, 1_048_576);
                format = body.path("Format").asText("TextArea");
            }
            case INTEGER -> {
                min = decimal(body, "MinValue", "-2147483648");
                max = decimal(body, "MaxValue", "2147483647");
            }
            case BIGINT -> {
                min = decimal(body, "MinValue", "-9223372036854775808");
                max = decimal(body, "MaxValue", "9223372036854775807");
            }
            case DECIMAL -> {
                precision = bounded(body, "Precision", 2, 0, 10);
                min = decimal(body, "MinValue", "-100000000000");
                max = decimal(body, "MaxValue", "100000000000");
            }
            case DOUBLE -> {
                precision = bounded(body, "Precision", 2, 0, 5);
                min = decimal(body, "MinValue", "-100000000000");
                max = decimal(body, "MaxValue", "100000000000");
            }
            case MONEY -> {
                precision = bounded(body, "Precision", 2, 0, 4);
                min = decimal(body, "MinValue", "-922337203685477");
                max = decimal(body, "MaxValue", "922337203685477");
            }
            case DATETIME -> {
                format = body.path("Format").asText("DateAndTime");
                behavior = body.path("DateTimeBehavior").path("Value").asText("DateOnly".equals(format) ? "DateOnly" : "UserLocal");
            }
            default -> {
                // Boolean and choices carry their options.
            }
        }
        if (min != null && min.compareTo(max) > 0) {
            throw Errors.invalidArgument("MinValue must not be greater than MaxValue.");
        }
        return new ColumnDef(schemaName.toLowerCase(Locale.ROOT), schemaName, type, required, true, true, maxLength,
                format, min, max, precision, behavior, options, List.of(), optionSetName, true);
    }

    /** The options of a local OptionSet (picklists) or of a BooleanOptionSet (false 0, true 1). */
    static List<OptionDef> localOptions(JsonNode body) {
        JsonNode set = body.path("OptionSet");
        List<OptionDef> out = new ArrayList<>();
        if (typeOf(body) == AttributeType.BOOLEAN) {
            out.add(OptionDef.of(0, labelOr(set.path("FalseOption").path("Label"), "No")));
            out.add(OptionDef.of(1, labelOr(set.path("TrueOption").path("Label"), "Yes")));
            return out;
        }
        for (JsonNode o : set.path("Options")) {
            if (!o.path("Value").isIntegralNumber()) {
                throw Errors.invalidArgument("Every option needs an integer Value.");
            }
            out.add(OptionDef.of(o.path("Value").asInt(), Labels.text(o.path("Label"))));
        }
        return out;
    }

    private static String labelOr(JsonNode label, String fallback) {
        String t = Labels.text(label);
        return t == null ? fallback : t;
    }

    private static int bounded(JsonNode body, String name, int fallback, int min, int max) {
        int v = body.path(name).asInt(fallback);
        if (v < min || v > max) {
            throw Errors.invalidArgument(name + " must be between " + min + " and " + max + ", not " + v + ".");
        }
        return v;
    }

    private static BigDecimal decimal(JsonNode body, String name, String fallback) {
        JsonNode n = body.get(name);
        return n == null || n.isNull() ? new BigDecimal(fallback) : n.decimalValue();
    }
}
