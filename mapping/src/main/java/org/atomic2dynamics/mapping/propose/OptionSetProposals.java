package org.atomic2dynamics.mapping.propose;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.EnumValue;
import org.atomic2dynamics.core.source.Enumeration;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.OptionSpec;

/**
 * The global option sets: one per configuration enumeration (labels from the configuration), tags as a
 * multi-select, plus the hard-coded genders and company sizes. Option n of a set gets value
 * prefix*10000 + n; tags use their id as n, so adding a tag later never renumbers the others.
 */
final class OptionSetProposals {
    private OptionSetProposals() {
    }

    static List<OptionSetSpec> propose(ProposalContext ctx) {
        ProposalContext.OptionSetNames n = ctx.optionSets;
        EffectiveConfiguration cfg = ctx.configuration();
        List<OptionSetSpec> sets = new ArrayList<>();
        sets.add(fromConfig(ctx, n.dealStage(), "Deal stage", cfg, EffectiveConfiguration.DEAL_STAGES));
        sets.add(fromConfig(ctx, n.dealCategory(), "Deal category", cfg, EffectiveConfiguration.DEAL_CATEGORIES));
        sets.add(fromConfig(ctx, n.taskType(), "Task type", cfg, EffectiveConfiguration.TASK_TYPES));
        sets.add(fromConfig(ctx, n.noteStatus(), "Note status", cfg, EffectiveConfiguration.NOTE_STATUSES));
        sets.add(fromConfig(ctx, n.companySector(), "Company sector", cfg, EffectiveConfiguration.COMPANY_SECTORS));
        List<EnumValue> genders = cfg.enumeration(EffectiveConfiguration.CONTACT_GENDER).map(Enumeration::values)
                .filter(v -> !v.isEmpty()).orElse(AtomicFacts.GENDERS);
        sets.add(of(ctx, n.gender(), "Gender (pronouns)", "contactGender", genders));
        sets.add(of(ctx, n.companySize(), "Company size", "company sizes (hard-coded)", AtomicFacts.COMPANY_SIZES));
        sets.add(tags(ctx, n.tag()));
        return sets;
    }

    private static OptionSetSpec fromConfig(ProposalContext ctx, String name, String display,
            EffectiveConfiguration cfg, String enumeration) {
        List<EnumValue> values = cfg.enumeration(enumeration).map(Enumeration::values).orElse(List.of());
        return of(ctx, name, display, enumeration, values);
    }

    private static OptionSetSpec of(ProposalContext ctx, String name, String display, String source,
            List<EnumValue> values) {
        int first = ctx.input.settings().optionValuePrefix() * 10_000;
        List<OptionSpec> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            EnumValue v = values.get(i);
            options.add(new OptionSpec(first + i, label(v.label(), v.value()), v.value(), null));
        }
        return new OptionSetSpec(name, display, source, false, options);
    }

    private static OptionSetSpec tags(ProposalContext ctx, String name) {
        int first = ctx.input.settings().optionValuePrefix() * 10_000;
        List<OptionSpec> options = ctx.input.tags().stream()
                .map(t -> new OptionSpec(first + (int) t.id(), label(t.name(), "tag " + t.id()),
                        String.valueOf(t.id()), t.color()))
                .toList();
        return new OptionSetSpec(name, "Tags", "tags", true, options);
    }

    /** A blank label would make an option nobody can read; the value stands in. */
    private static String label(String label, String fallback) {
        return label == null || label.isBlank() ? fallback : label;
    }
}
