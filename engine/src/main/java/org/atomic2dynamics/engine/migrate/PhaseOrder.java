package org.atomic2dynamics.engine.migrate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.atomic2dynamics.engine.load.PhasePlan;
import org.atomic2dynamics.engine.load.RowMapping;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;

/**
 * The load phases of a map, parents before children ({@link SourceOrder}: the standard tables in dependency
 * order, then custom tables in the map's order, a table custom lookups point to before the tables pointing).
 * One phase per (source table, target table); the first phase of a source table also counts the rows the map
 * could not route, so each row is counted once.
 */
final class PhaseOrder {
    private PhaseOrder() {
    }

    static List<PhasePlan> of(MappingSpec spec, RowMapping mapping) {
        List<PhasePlan> plans = new ArrayList<>();
        for (String source : SourceOrder.of(spec)) {
            Set<String> targets = new LinkedHashSet<>();
            spec.mappingsOf(source).stream().filter(TableMapping::migrated).forEach(t -> targets.add(t.target()));
            boolean first = true;
            for (String target : targets) {
                plans.add(new PhasePlan(source + " → " + target, source, target, mapping, first));
                first = false;
            }
        }
        return plans;
    }

    /** The entity sets of every target table the map writes: parents whose absence holds a child. */
    static Set<String> entitySets(MappingSpec spec, java.util.Map<String, org.atomic2dynamics.dataverse.model.TableDef> tables) {
        Set<String> sets = new LinkedHashSet<>();
        spec.tables().stream().filter(TableMapping::migrated)
                .forEach(t -> { if (tables.containsKey(t.target())) { sets.add(tables.get(t.target()).entitySetName()); } });
        return sets;
    }
}
