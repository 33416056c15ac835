package org.atomic2dynamics.core.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes a Dataverse column type for a Postgres column. Shared by the audit (which reports it) and the
 * mapping proposer (which writes it into the map), so both always say the same thing.
 */
public final class ColumnProposals {
    /** Longest single-line text column Dataverse has; longer text goes to a Memo column. */
    public static final int MAX_STRING = 4000;
    public static final int MAX_MEMO = 1_048_576;
    /** Dataverse Decimal holds at most 10 decimals and ±100,000,000,000. */
    public static final int MAX_DECIMAL_PRECISION = 10;

    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");

    private ColumnProposals() {
    }

    /** {@code observedMaxLength} is the longest text value seen in the data, or null when unknown. */
    public static ColumnProposal propose(ColumnInfo column, Integer observedMaxLength) {
        String type = column.dataType();
        return switch (column.family()) {
            case INTEGER -> integer(type);
            case NUMERIC -> numeric(type);
            case FLOAT -> new ColumnProposal("Double", null, 5, null, true, "",
                    "floating point kept to 5 decimals, Dataverse's maximum");
            case MONEY -> new ColumnProposal("Money", null, 2, null, false, "", "money in the record's currency");
            case BOOLEAN -> simple("Boolean", "yes/no");
            case TEXT -> text(type, observedMaxLength);
            case UUID -> new ColumnProposal("String", 36, null, null, false, "", "uuid kept as its text form");
            case DATE -> new ColumnProposal("DateTime", null, null, "DateOnly", false, "", "a date without time");
            case TIMESTAMPTZ -> new ColumnProposal("DateTime", null, null, "UserLocal", false, "",
                    "an instant, stored in UTC");
            case TIMESTAMP -> new ColumnProposal("DateTime", null, null, "TimeZoneIndependent", false, "",
                    "a wall-clock time without zone, kept as written");
            case TIME -> new ColumnProposal("String", 15, null, null, false, "", "time of day kept as text HH:MM:SS");
            case NETWORK -> new ColumnProposal("String", 50, null, null, false, "", "address kept as text");
            case ENUM -> new ColumnProposal("Picklist", null, null, null, false,
                    "confirm the option labels of the Postgres enum " + type,
                    "enum becomes a choice column with one option per label");
            case JSON -> flagged("Memo", MAX_MEMO, "keep the JSON as text, split it into columns, or leave it behind",
                    "JSON has no Dataverse type; proposed as its text");
            case ARRAY -> flagged("Memo", MAX_MEMO,
                    "keep the elements as text, make a multi-select choice, or a related table",
                    "an array has no Dataverse type; proposed as its elements joined");
            case BYTEA -> flagged("Memo", MAX_MEMO, "move the bytes as a note attachment, a file column, or leave them",
                    "binary data has no column type that holds it; proposed as base64 text");
            default -> flagged("Memo", MAX_MEMO, "keep the text form of " + type + " or leave it behind",
                    type + " has no Dataverse type; proposed as its Postgres text form");
        };
    }

    private static ColumnProposal integer(String type) {
        if (type.startsWith("bigint")) {
            return simple("BigInt", "a Big Integer column holds every bigint (Dataverse Integer stops at 2,147,483,647)");
        }
        return simple("Integer", "whole number");
    }

    private static ColumnProposal numeric(String type) {
        Matcher m = LENGTH.matcher(type);
        if (!m.find()) {
            return new ColumnProposal("Decimal", null, MAX_DECIMAL_PRECISION, null, true, "",
                    "numeric without scale kept to 10 decimals");
        }
        int scale = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        boolean lossy = scale > MAX_DECIMAL_PRECISION;
        return new ColumnProposal("Decimal", null, Math.min(scale, MAX_DECIMAL_PRECISION), null, lossy, "",
                lossy ? "scale " + scale + " rounded to 10 decimals" : "exact decimal");
    }

    private static ColumnProposal text(String type, Integer observedMaxLength) {
        Matcher m = LENGTH.matcher(type);
        int declared = m.find() ? Integer.parseInt(m.group(1)) : -1;
        int needed = declared > 0 ? declared : observedMaxLength == null ? 0 : observedMaxLength;
        if (needed > MAX_STRING) {
            return new ColumnProposal("Memo", MAX_MEMO, null, null, false, "", "long text as multiple lines of text");
        }
        int length = declared > 0 ? declared : MAX_STRING;
        return new ColumnProposal("String", length, null, null, false, "", "single line of text");
    }

    private static ColumnProposal simple(String attributeType, String note) {
        return new ColumnProposal(attributeType, null, null, null, false, "", note);
    }

    private static ColumnProposal flagged(String attributeType, Integer maxLength, String decision, String note) {
        return new ColumnProposal(attributeType, maxLength, null, null, false, decision, note);
    }
}
