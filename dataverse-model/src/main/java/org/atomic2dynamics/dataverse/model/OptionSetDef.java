package org.atomic2dynamics.dataverse.model;

import java.util.List;

/**
 * A global option set (choice) as the metadata API describes it. {@code name} is its Name (with the
 * publisher prefix, e.g. atm_dealstage); multi-select columns bind to an option set like any picklist.
 */
public record OptionSetDef(String name, String displayName, List<OptionDef> options) {

    public OptionSetDef {
        options = List.copyOf(options);
    }
}
