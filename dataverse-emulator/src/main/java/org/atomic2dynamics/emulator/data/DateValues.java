package org.atomic2dynamics.emulator.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * Date and time values. DateOnly columns are Edm.Date ("2024-05-31"); the others Edm.DateTimeOffset, kept
 * in UTC to the second. A value without an offset is taken as UTC (the Web API applies no user time zone).
 */
final class DateValues {
    private DateValues() {
    }

    static Object parse(EntityType type, ColumnDef column, JsonNode node, Instant min) {
        String s = node.asText();
        if (!node.isTextual()) {
            throw Errors.literal(type.entitySet(), s, column.isDateOnly() ? "Edm.Date" : "Edm.DateTimeOffset");
        }
        if (column.isDateOnly()) {
            LocalDate d = date(type, s);
            checkMin(type, column, d.atStartOfDay().toInstant(ZoneOffset.UTC), min, s);
            return d;
        }
        Instant t = instant(type, s);
        checkMin(type, column, t, min, s);
        return t;
    }

    private static LocalDate date(EntityType type, String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw Errors.literal(type.entitySet(), s, "Edm.Date");
        }
    }

    static Instant instant(EntityType type, String s) {
        try {
            return OffsetDateTime.parse(s).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            try {
                if (s.length() == 10) {
                    return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
                }
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            } catch (DateTimeParseException e2) {
                throw Errors.literal(type.entitySet(), s, "Edm.DateTimeOffset");
            }
        }
    }

    private static void checkMin(EntityType type, ColumnDef column, Instant t, Instant min, String raw) {
        if (t.isBefore(min)) {
            throw Errors.numberOutOfRange(column.logicalName(), type.name(), raw, "1753-01-01", "9999-12-31");
        }
    }
}
