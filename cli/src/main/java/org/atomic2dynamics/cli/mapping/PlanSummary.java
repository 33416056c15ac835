package org.atomic2dynamics.cli.mapping;

import java.nio.file.Path;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.Confidence;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;

/** One paragraph on a proposed map: what it covers and what deserves a careful look. */
final class PlanSummary {
    private PlanSummary() {
    }

    static String of(MappingSpec spec, Path file) {
        long tables = spec.tables().stream().map(TableMapping::source).distinct().count();
        long columns = spec.tables().stream().mapToLong(t -> t.columns().size()).sum();
        long notMigrated = spec.tables().stream().flatMap(t -> t.columns().stream()).filter(c -> !c.migrated()).count();
        long lossy = spec.tables().stream().flatMap(t -> t.columns().stream()).filter(ColumnMapping::hasLoss).count();
        long low = spec.tables().stream().flatMap(t -> t.columns().stream())
                .filter(c -> c.confidence() == Confidence.LOW).count();
        long newColumns = spec.newColumns().count();
        return String.format("Wrote %s: %d source tables, %d column entries (%d not migrated, each with its reason),"
                + " %d new Dataverse columns, %d option sets; %d entries lose something (marked lossy) and %d have low"
                + " confidence — look at those first.", file, tables, columns, notMigrated, newColumns,
                spec.optionSets().size(), lossy, low);
    }
}
