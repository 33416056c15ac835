package org.atomic2dynamics.mapping.propose;

import java.math.BigDecimal;
import java.util.Locale;
import org.atomic2dynamics.core.source.ColumnProposals;
import org.atomic2dynamics.mapping.spec.NewColumn;

/**
 * Describes the columns the proposal asks the schema setup to create, with names carrying the publisher
 * prefix: schema name "atm_LinkedInUrl", logical name its lower case, at most 50 characters.
 */
final class NewColumns {
    static final int MAX_SCHEMA_NAME = 50;

    private final String prefix;

    NewColumns(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    /** "LinkedInUrl" → "atm_LinkedInUrl", shortened with a stable hash suffix when too long. */
    String schemaName(String name) {
        String full = prefix + "_" + name;
        if (full.length() <= MAX_SCHEMA_NAME) {
            return full;
        }
        String hash = Integer.toHexString(full.toLowerCase(Locale.ROOT).hashCode() & 0xffff);
        return full.substring(0, MAX_SCHEMA_NAME - hash.length() - 1) + "_" + hash;
    }

    /** A logical name (or option set name) for {@code name}: the lower-cased schema name. */
    String logicalName(String name) {
        return schemaName(name).toLowerCase(Locale.ROOT);
    }

    NewColumn text(String name, String display, int maxLength, String format, String description) {
        return column(name, display, "String", maxLength, format, null, null, null, description);
    }

    NewColumn url(String name, String display, String description) {
        return text(name, display, ColumnProposals.MAX_STRING, "Url", description);
    }

    NewColumn memo(String name, String display, String description) {
        return column(name, display, "Memo", ColumnProposals.MAX_MEMO, "TextArea", null, null, null, description);
    }

    NewColumn dateTime(String name, String display, String behavior, String description) {
        return column(name, display, "DateTime", null, behavior.equals("DateOnly") ? "DateOnly" : "DateAndTime",
                null, behavior, null, description);
    }

    NewColumn whole(String name, String display, String description) {
        return column(name, display, "Integer", null, "None", null, null, null, description);
    }

    NewColumn choice(String name, String display, String optionSet, boolean multi, String description) {
        return column(name, display, multi ? "MultiSelectPicklist" : "Picklist", null, null, null, null, optionSet,
                description);
    }

    NewColumn audit() {
        return new NewColumn(logicalName("AtomicId"), schemaName("AtomicId"), "Atomic CRM id", "String", 100, "Text",
                null, null, null, null, null, null, true, "The id of the record in Atomic CRM (audit and re-runs)");
    }

    NewColumn column(String name, String display, String type, Integer maxLength, String format, Integer precision,
            String dateTimeBehavior, String optionSet, String description) {
        return new NewColumn(logicalName(name), schemaName(name), display, type, maxLength, format, precision, null,
                null, dateTimeBehavior, optionSet, null, false, description);
    }

    NewColumn lookup(String name, String display, String targetTable, String description) {
        return new NewColumn(logicalName(name), schemaName(name), display, "Lookup", null, null, null, null, null,
                null, null, targetTable, false, description);
    }

    NewColumn ranged(NewColumn c, BigDecimal min, BigDecimal max) {
        return new NewColumn(c.logicalName(), c.schemaName(), c.displayName(), c.type(), c.maxLength(), c.format(),
                c.precision(), min, max, c.dateTimeBehavior(), c.optionSet(), c.lookupTarget(), c.alternateKey(),
                c.description());
    }
}
