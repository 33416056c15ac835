package org.atomic2dynamics.mapping.propose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.spec.MappingSettings;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.SourceInfo;
import org.atomic2dynamics.mapping.spec.StageRule;
import org.atomic2dynamics.mapping.spec.TableMapping;

/**
 * Proposes the map: every source table and every column gets an entry (a target, or "not migrated" with
 * the reason), with the transform, a confidence, a one-line reason and what is lost. Standard tables follow
 * the rules of this package; anything else is proposed from its Postgres type.
 */
public final class Proposer {
    /** Standard tables whose rows are not records in Dynamics. */
    private static final Set<String> REFERENCE_TABLES = Set.of("sales", "tags", "configuration",
            "favicons_excluded_domains");

    private Proposer() {
    }

    public static MappingSpec propose(ProposalInput input) {
        ProposalContext ctx = new ProposalContext(input);
        List<TableInfo> tables = ordered(input);
        tables.forEach(t -> ctx.targetOf(t.name(), defaultTarget(t, ctx)));
        OptionSetProposals.propose(ctx).forEach(ctx::addOptionSet);
        List<StageRule> stages = StageRules.propose(input.configuration());
        List<TableMapping> mappings = new ArrayList<>();
        for (TableInfo table : tables) {
            Long rows = input.rowCounts().get(table.name());
            drafts(table, ctx, stages).forEach(d -> mappings.add(d.build(rows)));
        }
        MappingSettings settings = new MappingSettings(input.settings().publisherPrefix(),
                input.settings().optionValuePrefix(), ctx.auditColumn().logicalName(), input.settings().routing(),
                stages);
        SourceInfo source = new SourceInfo(input.settings().sourceInstance(),
                input.generation() == null ? null : input.generation().name(), input.configuration().currency());
        List<OptionSetSpec> optionSets = ctx.optionSetList();
        return new MappingSpec(MappingSpec.FORMAT, source, settings, optionSets, mappings);
    }

    private static List<TableDraft> drafts(TableInfo table, ProposalContext ctx, List<StageRule> stages) {
        return switch (table.name()) {
            case "companies" -> CompanyRules.propose(table, ctx);
            case "contacts" -> ContactRules.propose(table, ctx);
            case "deals" -> DealRules.propose(table, ctx, stages);
            case "tasks" -> TaskRules.propose(table, ctx);
            case "contact_notes", "deal_notes" -> NoteRules.propose(table, ctx);
            default -> REFERENCE_TABLES.contains(table.name()) ? ReferenceTableRules.propose(table, ctx)
                    : CustomTables.propose(table, ctx);
        };
    }

    private static String defaultTarget(TableInfo t, ProposalContext ctx) {
        return switch (t.name()) {
            case "companies" -> "account";
            case "contacts" -> "contact";
            case "deals" -> "opportunity";
            case "tasks" -> "task";
            case "contact_notes", "deal_notes" -> "annotation";
            default -> REFERENCE_TABLES.contains(t.name()) ? null : CustomTables.targetName(t, ctx);
        };
    }

    /** Standard tables in load order, then the other reference tables, then custom tables by name. */
    private static List<TableInfo> ordered(ProposalInput input) {
        List<String> order = new ArrayList<>(SourceReader.STANDARD_TABLES);
        order.addAll(List.of("configuration", "favicons_excluded_domains"));
        return input.logicalSchema().tables().stream()
                .sorted(Comparator.comparingInt((TableInfo t) -> rank(order, t)).thenComparing(TableInfo::name))
                .toList();
    }

    private static int rank(List<String> order, TableInfo t) {
        int i = order.indexOf(t.name());
        return i < 0 ? order.size() : i;
    }
}
