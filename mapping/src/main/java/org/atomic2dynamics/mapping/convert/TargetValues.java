package org.atomic2dynamics.mapping.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.atomic2dynamics.dataverse.model.ColumnDef;

/**
 * Makes a value fit a Dataverse column before it is sent: text within the column's length (cut only when
 * allowed), numbers within range and precision, dates not before 1753-01-01 and date-only where the column
 * is, choices among the column's options. What does not fit is refused with a reason, never guessed.
 */
public final class TargetValues {
    public static final LocalDate MIN_DATE = LocalDate.of(1753, 1, 1);

    private TargetValues() {
    }

    public static Coerced coerce(Object value, ColumnDef column, boolean truncate) {
        if (value == null) {
            return Coerced.ok(null);
        }
        return switch (column.type()) {
            case STRING, MEMO -> text(value.toString(), column, truncate);
            case INTEGER -> number(value, column, BigDecimal.valueOf(Integer.MIN_VALUE),
                    BigDecimal.valueOf(Integer.MAX_VALUE), 0, true);
            case BIGINT -> number(value, column, BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE),
                    0, true);
            case DECIMAL, MONEY, DOUBLE -> number(value, column, null, null,
                    column.precision() == null ? 2 : column.precision(), false);
            case BOOLEAN -> value instanceof Boolean ? Coerced.ok(value)
                    : Coerced.problem(ValueIssue.WRONG_TYPE, "a yes/no column cannot take " + describe(value));
            case DATETIME -> date(value, column);
            case PICKLIST, STATE, STATUS -> choice(value, column);
            case MULTISELECTPICKLIST -> value instanceof List<?> list ? multi(list, column)
                    : Coerced.problem(ValueIssue.WRONG_TYPE, "a multi-select column needs a list of options");
            default -> Coerced.problem(ValueIssue.WRONG_TYPE, column.type() + " columns are written as lookups");
        };
    }

    static Coerced text(String s, ColumnDef column, boolean truncate) {
        Integer max = column.maxLength();
        if (max == null || s.length() <= max) {
            return Coerced.ok(s);
        }
        if (truncate) {
            return Coerced.changed(Texts.cut(s, max), ValueIssue.TRUNCATED,
                    s.length() + " characters cut to " + max + " as the map allows");
        }
        return Coerced.problem(ValueIssue.TOO_LONG, s.length() + " characters, the column holds " + max);
    }

    private static Coerced number(Object value, ColumnDef column, BigDecimal typeMin, BigDecimal typeMax, int scale,
            boolean whole) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return Coerced.problem(ValueIssue.WRONG_TYPE, "a number column cannot take " + describe(value));
        }
        BigDecimal min = column.minValue() != null ? column.minValue() : typeMin;
        BigDecimal max = column.maxValue() != null ? column.maxValue() : typeMax;
        if (min != null && n.compareTo(min) < 0 || max != null && n.compareTo(max) > 0) {
            return Coerced.problem(ValueIssue.OUT_OF_RANGE, n.toPlainString() + " is outside " + plain(min) + ".."
                    + plain(max));
        }
        BigDecimal rounded = n.scale() > scale ? n.setScale(scale, RoundingMode.HALF_EVEN) : n;
        if (whole && rounded.compareTo(n) != 0) {
            return Coerced.problem(ValueIssue.WRONG_TYPE, n.toPlainString() + " is not a whole number");
        }
        Object out = switch (column.type()) {
            case INTEGER -> rounded.intValueExact();
            case BIGINT -> rounded.longValueExact();
            case DOUBLE -> rounded.doubleValue();
            default -> rounded;
        };
        return rounded.compareTo(n) == 0 ? Coerced.ok(out)
                : Coerced.changed(out, ValueIssue.ROUNDED, n.toPlainString() + " rounded to " + scale + " decimals");
    }

    private static Coerced date(Object value, ColumnDef column) {
        OffsetDateTime instant = instant(value);
        if (instant == null) {
            return Coerced.problem(ValueIssue.WRONG_TYPE, "a date column cannot take " + describe(value));
        }
        if (instant.toLocalDate().isBefore(MIN_DATE)) {
            return Coerced.problem(ValueIssue.DATE_BEFORE_1753, instant.toLocalDate() + " is before 1753-01-01,"
                    + " the earliest date Dataverse stores");
        }
        return Coerced.ok(column.isDateOnly() ? (Object) instant.toLocalDate() : instant);
    }

    private static Coerced choice(Object value, ColumnDef column) {
        if (!(value instanceof Integer option)) {
            return Coerced.problem(ValueIssue.WRONG_TYPE, "a choice column needs an option value, not "
                    + describe(value));
        }
        return column.options().isEmpty() || column.hasOption(option) ? Coerced.ok(option)
                : Coerced.problem(ValueIssue.UNKNOWN_OPTION, option + " is not an option of " + column.logicalName());
    }

    private static Coerced multi(List<?> values, ColumnDef column) {
        for (Object v : values) {
            Coerced one = choice(v, column);
            if (!one.written()) {
                return one;
            }
        }
        return Coerced.ok(List.copyOf(values));
    }

    /** An instant in UTC; a wall-clock time without zone is taken as written (TimeZoneIndependent). */
    static OffsetDateTime instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        return null;
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : new BigDecimal(value.toString());
        }
        return null;
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.toPlainString();
    }

    private static String describe(Object value) {
        return value.getClass().getSimpleName() + " '" + Texts.cut(value.toString(), 40) + "'";
    }
}
