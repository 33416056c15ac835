package org.atomic2dynamics.engine.owners;

/**
 * An Atomic CRM sales user (the owner of records). {@code known} is false for a sales id that records point
 * at but the sales table does not hold (tasks.sales_id has no foreign key).
 */
public record SourceOwner(long salesId, String firstName, String lastName, String email, boolean disabled,
        boolean known) {

    public SourceOwner(long salesId, String firstName, String lastName, String email, boolean disabled) {
        this(salesId, firstName, lastName, email, disabled, true);
    }

    static SourceOwner unknown(long salesId) {
        return new SourceOwner(salesId, "unknown sales #" + salesId, "", "", false, false);
    }

    public String name() {
        return (nz(firstName) + " " + nz(lastName)).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
