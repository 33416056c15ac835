package org.atomic2dynamics.mapping.handoff;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.EnumValue;
import org.atomic2dynamics.core.source.Enumeration;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.StageRule;
import org.atomic2dynamics.mapping.spec.TableMapping;

/**
 * The document the Dynamics admin rebuilds from: every enumeration with its values and where it landed,
 * the stage probabilities and transition rules, what was kept with loss, and a checklist of what Atomic CRM
 * did in code that Dynamics will not do (to rebuild as Power Automate flows and business rules).
 */
public final class HandoffSpec {
    private HandoffSpec() {
    }

    public static String render(EffectiveConfiguration configuration, MappingSpec spec) {
        Markdown md = new Markdown();
        md.heading(1, "Hand-off: rebuilding Atomic CRM's behaviour in Dynamics 365 Sales");
        md.paragraph("Source " + (spec.source() == null ? "?" : spec.source().instance() + ", schema "
                + spec.source().generation()) + ". Currency " + configuration.currency() + " (from "
                + configuration.currencyOrigin() + "). Map content hash is in the run ledger.");
        enumerations(md, configuration, spec);
        stages(md, spec);
        routing(md, spec);
        md.heading(2, "What Atomic CRM did in code — to rebuild");
        md.checklist(AtomicBehaviour.ITEMS.stream().map(AtomicBehaviour.Item::line).toList());
        losses(md, spec);
        return md.toString();
    }

    private static void enumerations(Markdown md, EffectiveConfiguration cfg, MappingSpec spec) {
        md.heading(2, "Enumerations and where they landed");
        for (OptionSetSpec set : spec.optionSets()) {
            md.heading(3, set.displayName() + " — option set `" + set.name() + "`" + (set.multiSelect()
                    ? " (multi-select)" : ""));
            md.paragraph("From " + set.source() + ". Used by: " + String.join(", ", usedBy(spec, set.name())) + ".");
            Enumeration configured = cfg.enumeration(set.source()).orElse(null);
            List<List<String>> rows = new ArrayList<>();
            set.options().forEach(o -> rows.add(List.of(o.source(), o.label(), String.valueOf(o.value()),
                    origin(configured, o.source()))));
            md.table(List.of("Atomic CRM value", "Label", "Dynamics value", "Origin"), rows);
        }
    }

    private static String origin(Enumeration configured, String value) {
        if (configured == null) {
            return "";
        }
        String origin = configured.find(value).map(EnumValue::origin).orElse("");
        return origin.equals("data") ? "data (used by records, configured nowhere)" : origin;
    }

    /** "account.atm_sector (+ industrycode by valueMap)" for every entry using the option set. */
    private static List<String> usedBy(MappingSpec spec, String optionSet) {
        List<String> out = new ArrayList<>();
        for (TableMapping t : spec.tables()) {
            for (ColumnMapping c : t.columns()) {
                if (optionSet.equals(c.optionSet()) && t.migrated()) {
                    out.add(t.target() + "." + String.join("/", c.target()) + " from " + t.source() + "." + c.label()
                            + (c.valueMap().isEmpty() ? "" : " (valueMap " + c.valueMap() + ")"));
                }
            }
        }
        return out.isEmpty() ? List.of("options only") : out.stream().distinct().toList();
    }

    private static void stages(Markdown md, MappingSpec spec) {
        md.heading(2, "Deal stages, probabilities and transitions");
        List<List<String>> rows = new ArrayList<>();
        for (StageRule r : spec.settings().dealStages()) {
            rows.add(List.of(r.stage(), r.label() == null ? "" : r.label(), String.valueOf(r.salesStage()),
                    r.probability() == null ? "(none)" : r.probability() + " %", r.outcome(),
                    r.status() == null ? "" : String.valueOf(r.status())));
        }
        md.table(List.of("Stage", "Label (pipeline phase)", "Sales stage", "Probability", "Outcome", "Status"), rows);
        md.paragraph("Atomic CRM lets a deal move from any stage to any other on its Kanban board; won and lost are"
                + " the only closed stages. In Dynamics an opportunity is closed with Close as Won / Close as Lost"
                + " (the migration did this for won and lost deals) and must be reopened before its stage changes."
                + " Probabilities are Atomic CRM's dashboard multipliers; the Sales Stage is 0 Qualify, 1 Develop,"
                + " 2 Propose, 3 Close.");
    }

    private static void routing(Markdown md, MappingSpec spec) {
        md.heading(2, "Contacts and leads");
        var r = spec.settings().contactRouting();
        md.paragraph(r == null ? "Every contact became a contact." : "Routing mode " + r.mode() + ": a contact on a"
                + " deal whose stage is not " + r.lostStages() + ", or with status " + r.contactStatuses()
                + " (its own or on a note), became a Dynamics contact; every other contact became a lead. New people"
                + " entered in Dynamics follow Dynamics' lead qualification instead.");
    }

    private static void losses(Markdown md, MappingSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        for (TableMapping t : spec.tables()) {
            for (ColumnMapping c : t.columns()) {
                if (c.hasLoss()) {
                    rows.add(List.of(t.label(), c.label(), c.lossy()));
                }
            }
        }
        md.heading(2, "Kept with loss");
        md.table(List.of("Table", "Column", "What Dynamics cannot hold exactly"), rows);
    }
}
