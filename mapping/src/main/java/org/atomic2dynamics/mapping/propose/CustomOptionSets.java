package org.atomic2dynamics.mapping.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.OptionSpec;

/** A Postgres enum type becomes a global option set with one option per label (shared by its columns). */
final class CustomOptionSets {
    private CustomOptionSets() {
    }

    static String forEnum(ColumnInfo c, ProposalContext ctx) {
        String type = c.dataType().replaceAll("^.*\\.", "").replace("\"", "");
        String name = ctx.columns.logicalName(type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        if (ctx.optionSet(name).isEmpty()) {
            int first = ctx.input.settings().optionValuePrefix() * 10_000;
            List<OptionSpec> options = new ArrayList<>();
            for (int i = 0; i < c.enumLabels().size(); i++) {
                String label = c.enumLabels().get(i);
                options.add(new OptionSpec(first + i, label, label, null));
            }
            ctx.addOptionSet(new OptionSetSpec(name, type, "Postgres enum " + c.dataType(), false, options));
        }
        return name;
    }
}
