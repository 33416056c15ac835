package org.atomic2dynamics.emulator.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.store.Ref;

/**
 * Literal conversion and comparison for queries. Strings compare case-insensitively, as Dataverse's SQL
 * collation does; numbers compare by value whatever their stored type; null sorts first.
 */
public final class Values {
    private Values() {
    }

    /** A filter literal as a value comparable with the column's stored values. */
    static Object literal(Operand operand, Token token) {
        if (token.isWord("null")) {
            return null;
        }
        ColumnDef c = operand.column();
        try {
            if (operand.lookupValue()) {
                return UUID.fromString(token.text());
            }
            return switch (c.type()) {
                case STRING, MEMO, ENTITYNAME, MULTISELECTPICKLIST, IMAGE, FILE -> requireString(token);
                case INTEGER, BIGINT, DECIMAL, MONEY, DOUBLE, PICKLIST, STATE, STATUS ->
                        new BigDecimal(token.text().replaceAll("[mMdDfFlL]$", ""));
                case BOOLEAN -> Boolean.valueOf(requireWord(token, "true", "false"));
                case DATETIME -> date(c, token.text());
                case UNIQUEIDENTIFIER, LOOKUP, CUSTOMER, OWNER -> UUID.fromString(token.text());
                default -> token.text();
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw Errors.badRequest("The literal '" + token.text() + "' is not valid for the property '"
                    + operand.name() + "'.");
        }
    }

    private static String requireString(Token t) {
        if (!t.is(Token.Kind.STRING)) {
            throw new IllegalArgumentException(t.text());
        }
        return t.text();
    }

    private static String requireWord(Token t, String a, String b) {
        if (!t.isWord(a) && !t.isWord(b)) {
            throw new IllegalArgumentException(t.text());
        }
        return t.text();
    }

    private static Object date(ColumnDef c, String text) {
        if (text.length() == 10) {
            LocalDate d = LocalDate.parse(text);
            return c.isDateOnly() ? d : d.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        Instant t = OffsetDateTime.parse(text).toInstant();
        return c.isDateOnly() ? LocalDate.ofInstant(t, ZoneOffset.UTC) : t;
    }

    /** Compares two values of one column; nulls first. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        Object x = normal(a);
        Object y = normal(b);
        if (x.getClass() != y.getClass()) {
            return x.toString().compareTo(y.toString());
        }
        return ((Comparable) x).compareTo(y);
    }

    static boolean equal(Object a, Object b) {
        return a == null || b == null ? a == b : compare(a, b) == 0;
    }

    private static Object normal(Object v) {
        if (v instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        if (v instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (v instanceof Ref r) {
            return r.id();
        }
        return v;
    }

    static String text(Object v) {
        return v == null ? null : v.toString().toLowerCase(Locale.ROOT);
    }
}
