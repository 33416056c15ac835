package org.atomic2dynamics.engine.owners;

/** Who will own the records of a source owner in Dynamics. */
public enum Resolution {
    /** The matched, active user. */
    MATCHED_USER,
    /** The fallback owner given with --fallback-owner, because there is no active match. */
    FALLBACK,
    /** Nobody: the records are held until a user is provisioned or a fallback is given. */
    HELD;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
