package org.atomic2dynamics.mapping.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.atomic2dynamics.core.source.ColumnProposals;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.OptionSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;

/** Checks of what the schema setup will create: option sets and new columns. */
final class SpecChecks {
    private static final int MAX_SCHEMA_NAME = 50;

    private SpecChecks() {
    }

    static void optionSets(MappingSpec spec, Problems p) {
        Set<String> names = new HashSet<>();
        int prefix = spec.settings() == null ? 0 : spec.settings().optionValuePrefix();
        for (int i = 0; i < spec.optionSets().size(); i++) {
            OptionSetSpec set = spec.optionSets().get(i);
            String at = "/optionSets/" + i;
            if (!names.add(set.name())) {
                p.add(at + "/name", "option set " + set.name() + " is defined twice", "keep one definition");
            }
            options(set, at, prefix, p);
        }
    }

    private static void options(OptionSetSpec set, String at, int prefix, Problems p) {
        Set<Integer> values = new HashSet<>();
        Set<String> sources = new HashSet<>();
        List<OptionSpec> options = set.options();
        for (int j = 0; j < options.size(); j++) {
            OptionSpec o = options.get(j);
            String where = at + "/options/" + j;
            if (o.label() == null || o.label().isBlank()) {
                p.add(where + "/label", "option " + o.value() + " of " + set.name() + " has no label",
                        "give it the label people should see");
            }
            if (!values.add(o.value())) {
                p.add(where + "/value", "option value " + o.value() + " is used twice in " + set.name(),
                        "give each option its own value");
            }
            if (!o.source().isEmpty() && !sources.add(o.source())) {
                p.add(where + "/source", "Atomic CRM value '" + o.source() + "' has two options in " + set.name(),
                        "one option per source value");
            }
            if (prefix > 0 && o.value() / 10_000 != prefix) {
                p.add(where + "/value", "option value " + o.value() + " does not start with the option value prefix "
                        + prefix, "use " + prefix + "0000 + n");
            }
        }
    }

    static void newColumns(MappingSpec spec, TableMapping t, String at, Problems p) {
        String prefix = spec.settings() == null ? "" : spec.settings().publisherPrefix() + "_";
        for (int j = 0; j < t.newColumns().size(); j++) {
            NewColumn c = t.newColumns().get(j);
            String where = at + "/newColumns/" + j;
            if (!c.schemaName().startsWith(prefix)) {
                p.add(where + "/schemaName", "new column " + c.schemaName() + " does not start with the publisher"
                        + " prefix " + prefix, "rename it " + prefix + "...");
            }
            if (c.schemaName().length() > MAX_SCHEMA_NAME) {
                p.add(where + "/schemaName", "schema name " + c.schemaName() + " is longer than 50 characters",
                        "shorten it");
            }
            if (!c.logicalName().equals(c.schemaName().toLowerCase(Locale.ROOT))) {
                p.add(where + "/logicalName", "logical name " + c.logicalName() + " is not the lower case of "
                        + c.schemaName(), "use " + c.schemaName().toLowerCase(Locale.ROOT));
            }
            typeFacts(spec, c, where, p);
        }
    }

    private static void typeFacts(MappingSpec spec, NewColumn c, String where, Problems p) {
        switch (c.type()) {
            case "String" -> maxLength(c, ColumnProposals.MAX_STRING, where, p);
            case "Memo" -> maxLength(c, ColumnProposals.MAX_MEMO, where, p);
            case "Picklist", "MultiSelectPicklist" -> {
                if (c.optionSet() == null || spec.optionSet(c.optionSet()).isEmpty()) {
                    p.add(where + "/optionSet", "choice column " + c.logicalName() + " names no defined option set"
                            + (c.optionSet() == null ? "" : " (" + c.optionSet() + ")"), "add it under optionSets");
                } else if (spec.optionSet(c.optionSet()).get().multiSelect() != c.type().equals("MultiSelectPicklist")) {
                    p.add(where + "/type", c.logicalName() + " and option set " + c.optionSet()
                            + " disagree on multi-select", "make both single or both multi-select");
                }
            }
            case "Lookup" -> {
                if (c.lookupTarget() == null) {
                    p.add(where, "lookup column " + c.logicalName() + " has no lookupTarget", "name the table");
                }
            }
            case "DateTime" -> {
                if (c.dateTimeBehavior() == null) {
                    p.add(where, "date column " + c.logicalName() + " has no dateTimeBehavior",
                            "UserLocal, DateOnly or TimeZoneIndependent");
                }
            }
            default -> {
            }
        }
    }

    private static void maxLength(NewColumn c, int max, String where, Problems p) {
        if (c.maxLength() == null || c.maxLength() > max) {
            p.add(where + "/maxLength", c.type() + " column " + c.logicalName() + " needs a maxLength of at most "
                    + max, "set maxLength");
        }
    }
}
