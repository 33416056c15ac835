package org.atomic2dynamics.mapping.record;

/** Where an Atomic CRM contact goes: a Dynamics contact or a lead. */
public enum Route {
    CONTACT("contact"), LEAD("lead");

    private final String table;

    Route(String table) {
        this.table = table;
    }

    /** The Dataverse table, which is also the word used in the mapping file's {@code when.routedAs}. */
    public String table() {
        return table;
    }
}
