package org.atomic2dynamics.engine.owners;

/** An Atomic CRM sales user (the owner of records). */
public record SourceOwner(long salesId, String firstName, String lastName, String email, boolean disabled) {

    public String name() {
        return (nz(firstName) + " " + nz(lastName)).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
