package org.atomic2dynamics.mapping.record;

import java.util.List;
import java.util.Optional;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.atomic2dynamics.mapping.spec.When;

/** A table mapping ready to run: its condition and its compiled entries. */
record CompiledTable(TableMapping mapping, List<CompiledEntry> entries) {

    /** Whether this mapping takes the row; empty when the row's contact has no routing. */
    Optional<Boolean> applies(SourceRow row, MappingContext ctx) {
        When when = mapping.when();
        if (when == null) {
            return Optional.of(true);
        }
        if (when.routedAs() != null) {
            return ctx.routes().routeOf(row.id()).map(r -> r.table().equals(when.routedAs()));
        }
        Object v = row.get(when.column());
        return Optional.of(v != null && when.in().contains(v.toString()));
    }

    MappedRow map(SourceRow row, MappingContext ctx) {
        RecordOut out = new RecordOut(row, ctx, mapping.target(), ctx.ids().idFor(row.table(), row.id()));
        for (CompiledEntry e : entries) {
            e.mapper().apply(e, out);
        }
        return out.result(row.table());
    }
}
