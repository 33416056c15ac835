package org.atomic2dynamics.engine.owners;

/** How a source owner was matched to a Dynamics user. */
public enum Match {
    /** internalemailaddress equals the sales email, ignoring case. */
    EMAIL,
    /** domainname (the user principal name) equals the sales email, ignoring case. */
    DOMAINNAME,
    /** No user has that email. */
    MISSING,
    /** The records have no owner in Atomic CRM. */
    NO_OWNER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
