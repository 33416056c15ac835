package org.atomic2dynamics.emulator.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * Converts JSON property values to stored values, checking type, length, range and option values the way
 * the Web API does, and stored values back to JSON. Stored types: String, Integer, Long, BigDecimal,
 * Double, Boolean, Instant (seconds), LocalDate, UUID; choices are Integer, multi-select choices a String.
 */
public final class ValueCodec {
    private static final Instant MIN_DATE = Instant.parse("1753-01-01T00:00:00Z");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueCodec() {
    }

    public static Object fromJson(EntityType type, ColumnDef column, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String set = type.entitySet();
        return switch (column.type()) {
            case STRING, MEMO, ENTITYNAME -> text(type, column, node);
            case INTEGER -> checkRange(type, column, BigDecimal.valueOf(integral(set, node, "Edm.Int32", true)))
                    .intValueExact();
            case BIGINT -> integral(set, node, "Edm.Int64", false);
            case DECIMAL, MONEY -> decimal(type, column, node);
            case DOUBLE -> checkRange(type, column, number(set, node, "Edm.Double")).doubleValue();
            case BOOLEAN -> bool(set, node);
            case DATETIME -> DateValues.parse(type, column, node, MIN_DATE);
            case PICKLIST, STATE, STATUS -> option(type, column, (int) integral(set, node, "Edm.Int32", true));
            case MULTISELECTPICKLIST -> multiSelect(type, column, node);
            case UNIQUEIDENTIFIER -> guid(set, node);
            case IMAGE, FILE -> node.isTextual() ? node.asText() : fail(Errors.literal(set, node.toString(), "Edm.Binary"));
            default -> fail(Errors.unknownProperty(type.name(), column.logicalName()));
        };
    }

    private static <T> T fail(DataverseException e) {
        throw e;
    }

    private static String text(EntityType type, ColumnDef column, JsonNode node) {
        if (!node.isTextual()) {
            throw Errors.literal(type.entitySet(), node.asText(), "Edm.String");
        }
        String s = node.asText();
        if (column.maxLength() != null && s.length() > column.maxLength()) {
            throw Errors.stringTooLong(column.logicalName(), type.name(), column.maxLength());
        }
        return s;
    }

    private static long integral(String set, JsonNode node, String edm, boolean int32) {
        if (!node.isIntegralNumber() || (int32 && !node.canConvertToInt()) || !node.canConvertToLong()) {
            throw Errors.literal(set, node.asText(), edm);
        }
        return node.asLong();
    }

    private static BigDecimal number(String set, JsonNode node, String edm) {
        if (!node.isNumber()) {
            throw Errors.literal(set, node.asText(), edm);
        }
        return node.decimalValue();
    }

    private static BigDecimal decimal(EntityType type, ColumnDef column, JsonNode node) {
        BigDecimal v = checkRange(type, column, number(type.entitySet(), node, "Edm.Decimal"));
        int precision = column.precision() == null ? 2 : column.precision();
        BigDecimal rounded = v.setScale(precision, RoundingMode.HALF_UP);
        // SQL money keeps four decimals; the Web API returns them (e.g. 5000000.0000).
        return column.type() == AttributeType.MONEY ? rounded.setScale(Math.max(4, precision)) : rounded;
    }

    private static BigDecimal checkRange(EntityType type, ColumnDef column, BigDecimal v) {
        if ((column.minValue() != null && v.compareTo(column.minValue()) < 0)
                || (column.maxValue() != null && v.compareTo(column.maxValue()) > 0)) {
            throw Errors.numberOutOfRange(column.logicalName(), type.name(), v.toPlainString(),
                    plain(column.minValue()), plain(column.maxValue()));
        }
        return v;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static Boolean bool(String set, JsonNode node) {
        if (!node.isBoolean()) {
            throw Errors.literal(set, node.asText(), "Edm.Boolean");
        }
        return node.asBoolean();
    }

    private static Integer option(EntityType type, ColumnDef column, int value) {
        if (!hasOption(column, value)) {
            throw Errors.optionOutOfRange(column.logicalName(), type.name(), value, accepted(column));
        }
        return value;
    }

    /** ColumnDef.hasOption without a stream: this runs for every choice value written. */
    private static boolean hasOption(ColumnDef column, int value) {
        for (OptionDef o : column.options()) {
            if (o.value() == value) {
                return true;
            }
        }
        return false;
    }

    static String accepted(ColumnDef column) {
        return column.options().stream().map(o -> String.valueOf(o.value())).collect(Collectors.joining(","));
    }

    private static String multiSelect(EntityType type, ColumnDef column, JsonNode node) {
        String s = text(type, column, node);
        StringBuilder out = new StringBuilder();
        for (String part : s.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int value;
            try {
                value = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw Errors.literal(type.entitySet(), s, "Edm.String");
            }
            option(type, column, value);
            out.append(out.length() == 0 ? "" : ",").append(value);
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static UUID guid(String set, JsonNode node) {
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            throw Errors.literal(set, node.asText(), "Edm.Guid");
        }
    }

    /** A stored value as the Web API writes it. */
    public static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Instant t) {
            return NODES.textNode(t.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return NODES.textNode(value.toString());
    }

    /** The label of a choice value, or null. */
    public static String label(ColumnDef column, int value) {
        for (OptionDef o : column.options()) {
            if (o.value() == value) {
                return o.label();
            }
        }
        return null;
    }
}
