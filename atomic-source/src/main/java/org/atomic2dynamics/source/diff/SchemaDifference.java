package org.atomic2dynamics.source.diff;

import org.atomic2dynamics.core.source.ColumnInfo;

/**
 * One difference between the live public schema and the reference. {@code object} is the table or view,
 * {@code detail} the column or constraint (null for whole tables and views); {@code expected} and
 * {@code actual} are the reference's and the live database's wording. {@code column} is the live column for
 * custom and changed columns, else null.
 */
public record SchemaDifference(DifferenceKind kind, String object, String detail, String expected, String actual,
        ColumnInfo column) {

    /** "contacts.referred_by", or just "contacts". */
    public String subject() {
        return detail == null ? object : object + "." + detail;
    }
}
