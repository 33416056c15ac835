package org.atomic2dynamics.mapping.propose;

import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.ForeignKeyInfo;
import org.atomic2dynamics.mapping.spec.Confidence;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.Transform;

/**
 * A custom foreign key becomes a lookup column to the table the referenced rows go to. A reference to a
 * contact needs two lookups (contact and lead, by the routing); a reference to a user goes through the
 * owner map to a systemuser lookup. The navigation property of a custom lookup is its schema name.
 */
final class CustomLookups {
    private CustomLookups() {
    }

    /** Returns false when the referenced table has no lookup-able target (the value then stays a number). */
    static boolean propose(ColumnInfo c, ForeignKeyInfo fk, TableDraft d) {
        String referenced = fk.referencedTable();
        String why = "custom foreign key " + c.name() + " → " + referenced + "(" + String.join(",",
                fk.referencedColumns()) + ") becomes a lookup";
        NewColumns names = d.ctx.columns;
        if (referenced.equals("sales")) {
            NewColumn col = names.lookup(c.name(), c.name(), "systemuser", description(d, c, fk));
            d.map(c.name()).to(d.newColumn(col)).via(Transform.OWNER).param("navigation", col.schemaName())
                    .done(Confidence.MEDIUM, why + " to the Dynamics user of the owner map");
            return true;
        }
        if (referenced.equals("contacts") && d.ctx.leads()) {
            NewColumn contact = names.lookup(c.name(), c.name(), "contact", description(d, c, fk));
            NewColumn lead = names.lookup(c.name() + "_lead", c.name() + " (lead)", "lead", description(d, c, fk));
            d.map(c.name()).to(d.newColumn(contact), d.newColumn(lead)).via(Transform.CONTACT_LOOKUP)
                    .param("contact", contact.schemaName()).param("lead", lead.schemaName())
                    .done(Confidence.MEDIUM, why + " to the contact, or to the lead when routed as a lead");
            return true;
        }
        String target = d.ctx.targetOf(referenced).orElse(null);
        if (target == null || target.equals("annotation")) {
            return false;
        }
        NewColumn col = names.lookup(c.name(), c.name(), target, description(d, c, fk));
        d.map(c.name()).to(d.newColumn(col)).via(Transform.LOOKUP).param("table", referenced)
                .param("navigation", col.schemaName()).done(Confidence.MEDIUM, why + " to " + target);
        return true;
    }

    private static String description(TableDraft d, ColumnInfo c, ForeignKeyInfo fk) {
        return "Atomic CRM " + d.source.name() + "." + c.name() + " → " + fk.referencedTable();
    }
}
