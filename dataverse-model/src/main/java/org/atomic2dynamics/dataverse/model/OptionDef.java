package org.atomic2dynamics.dataverse.model;

/**
 * One option of a choice column. For Status options {@code state} names the State option it belongs to;
 * for State options {@code defaultStatus} names the status a record gets on entering it. Absent values are null.
 */
public record OptionDef(int value, String label, Integer state, Integer defaultStatus) {

    public static OptionDef of(int value, String label) {
        return new OptionDef(value, label, null, null);
    }
}
