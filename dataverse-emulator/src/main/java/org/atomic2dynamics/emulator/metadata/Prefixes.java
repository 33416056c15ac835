package org.atomic2dynamics.emulator.metadata;

import java.util.List;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Ref;

/**
 * Publisher rules for new components: a SchemaName starts with the customization prefix of the
 * publisher of the solution named in MSCRM.SolutionUniqueName (the Default Solution's publisher when
 * none is named), and option values start with its option value prefix.
 */
final class Prefixes {
    static final String DEFAULT_SOLUTION = "Default";

    private final Backend backend;

    Prefixes(Backend backend) {
        this.backend = backend;
    }

    /** The publisher record of a solution; the named solution must exist. */
    Record publisher(String solution) {
        String name = solution == null ? DEFAULT_SOLUTION : solution;
        List<Record> found = backend.store().scan("solution", r -> name.equalsIgnoreCase(String.valueOf(r.get("uniquename"))));
        if (found.isEmpty()) {
            throw new DataverseException(404, "0x8004f01f", "The solution with the unique name '" + name
                    + "' does not exist.");
        }
        Ref publisher = (Ref) found.get(0).get("publisherid");
        return backend.store().get("publisher", publisher.id()).orElseThrow(() -> Errors.notFound("publisher", publisher.id()));
    }

    /** Rejects a SchemaName without the publisher's prefix, e.g. {@code atm_ExternalId} for prefix atm. */
    void checkSchemaName(String solution, String schemaName, String component) {
        if (schemaName == null || schemaName.isBlank()) {
            throw Errors.invalidArgument("SchemaName is required to create a " + component + ".");
        }
        String prefix = String.valueOf(publisher(solution).get("customizationprefix"));
        if (!schemaName.toLowerCase(java.util.Locale.ROOT).startsWith(prefix.toLowerCase(java.util.Locale.ROOT) + "_")
                || schemaName.length() <= prefix.length() + 1) {
            throw Errors.invalidArgument("The SchemaName '" + schemaName + "' of the new " + component
                    + " must start with the publisher's customization prefix '" + prefix + "_'.");
        }
        if (!schemaName.matches("[A-Za-z][A-Za-z0-9_]*") || schemaName.length() > 50) {
            throw Errors.invalidArgument("The SchemaName '" + schemaName + "' is not valid: use letters, digits and "
                    + "underscores, at most 50 characters.");
        }
    }

    /** Rejects option values that do not start with the publisher's option value prefix. */
    void checkOptionValue(String solution, int value) {
        int prefix = ((Number) publisher(solution).get("customizationoptionvalueprefix")).intValue();
        if (value / 10000 != prefix) {
            throw Errors.invalidArgument("The option value " + value + " must start with the publisher's option value "
                    + "prefix " + prefix + " (" + prefix + "0000 to " + prefix + "9999).");
        }
    }

    int nextOptionValue(String solution, List<Integer> existing) {
        int prefix = ((Number) publisher(solution).get("customizationoptionvalueprefix")).intValue();
        int v = prefix * 10000;
        while (existing.contains(v)) {
            v++;
        }
        return v;
    }
}
