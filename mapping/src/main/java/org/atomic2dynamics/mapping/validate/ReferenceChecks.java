package org.atomic2dynamics.mapping.validate;

import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.atomic2dynamics.mapping.spec.Transform;

/** Lookups must point at a table that is migrated, to a table the lookup column can reference. */
final class ReferenceChecks {
    private final MappingSpec spec;
    private final Map<String, TableDef> tables;
    private final Problems p;

    ReferenceChecks(MappingSpec spec, Map<String, TableDef> tables, Problems p) {
        this.spec = spec;
        this.tables = tables;
        this.p = p;
    }

    void check(ColumnMapping c, Transform t, TableDef target, String at) {
        switch (t) {
            case LOOKUP -> lookup(c, target, at);
            case CONTACT_LOOKUP -> routed(c, at);
            case DEAL_CONTACTS -> routedTo("contacts", at);
            default -> {
            }
        }
    }

    private void lookup(ColumnMapping c, TableDef target, String at) {
        String referenced = c.params().get("table");
        if (referenced == null) {
            p.add(at + "/params", c.label() + ": a lookup needs params.table, the source table it points to",
                    "e.g. table: companies");
            return;
        }
        Optional<String> to = spec.mappingsOf(referenced).stream().filter(TableMapping::migrated)
                .map(TableMapping::target).findFirst();
        if (to.isEmpty()) {
            p.add(at + "/params/table", "lookup to an unmapped table: " + referenced + " is not migrated",
                    "migrate " + referenced + " or do not map this lookup");
            return;
        }
        for (String name : c.target()) {
            Optional<ColumnDef> col = target.column(name);
            if (col.isPresent() && !col.get().targets().isEmpty() && !col.get().targets().contains(to.get())) {
                p.add(at + "/target", name + " cannot point to " + to.get() + " (it points to "
                        + col.get().targets() + ")", "choose a lookup column to " + to.get());
            }
        }
        if (!tables.containsKey(to.get())) {
            p.add(at + "/params/table", referenced + " goes to unknown table " + to.get(), "fix its table mapping");
        }
    }

    private void routed(ColumnMapping c, String at) {
        routedTo("contacts", at);
        for (String route : new String[] {"contact", "lead"}) {
            boolean used = spec.mappingsOf("contacts").stream().anyMatch(m -> route.equals(m.target()));
            if (used && !c.params().containsKey(route)) {
                p.add(at + "/params", c.label() + ": contacts may become " + route + "s but params." + route
                        + " names no navigation property for them", "add params." + route);
            }
        }
    }

    private void routedTo(String table, String at) {
        if (spec.mappingsOf(table).stream().noneMatch(TableMapping::migrated)) {
            p.add(at, "lookup to an unmapped table: " + table + " is not migrated", "migrate " + table);
        }
    }
}
