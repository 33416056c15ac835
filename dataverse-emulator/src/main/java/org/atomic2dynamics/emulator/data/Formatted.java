package org.atomic2dynamics.emulator.data;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.atomic2dynamics.dataverse.model.ColumnDef;

/**
 * The OData.Community.Display.V1.FormattedValue of a stored value, as an en-US user in UTC sees it.
 * Returns null where Dataverse gives no formatted value (strings, ids).
 */
final class Formatted {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

    private Formatted() {
    }

    static String of(ColumnDef column, Object value, String currencySymbol) {
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case PICKLIST, STATE, STATUS -> ValueCodec.label(column, (Integer) value);
            case BOOLEAN -> bool(column, (Boolean) value);
            case MULTISELECTPICKLIST -> multi(column, value.toString());
            case MONEY -> currencySymbol + decimals(column, 2).format(value);
            case DECIMAL, DOUBLE -> decimals(column, column.precision() == null ? 2 : column.precision()).format(value);
            case INTEGER, BIGINT -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
            case DATETIME -> value instanceof LocalDate d ? DATE.format(d) : DATE_TIME.format((Instant) value);
            default -> null;
        };
    }

    private static DecimalFormat decimals(ColumnDef column, int fallback) {
        int digits = column.precision() == null ? fallback : column.precision();
        DecimalFormat f = new DecimalFormat("#,##0" + (digits > 0 ? "." + "0".repeat(digits) : ""),
                DecimalFormatSymbols.getInstance(Locale.US));
        f.setParseBigDecimal(true);
        return f;
    }

    private static String bool(ColumnDef column, boolean value) {
        String label = ValueCodec.label(column, value ? 1 : 0);
        return label != null ? label : value ? "Yes" : "No";
    }

    private static String multi(ColumnDef column, String values) {
        StringBuilder out = new StringBuilder();
        for (String v : values.split(",")) {
            String label = ValueCodec.label(column, Integer.parseInt(v));
            out.append(out.length() == 0 ? "" : "; ").append(label == null ? v : label);
        }
        return out.toString();
    }

}
