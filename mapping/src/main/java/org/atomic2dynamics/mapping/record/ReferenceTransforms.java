package org.atomic2dynamics.mapping.record;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.mapping.convert.ValueIssue;

/**
 * References: lookups by deterministic id (never queried), contacts that may have become leads, owners
 * through the owner map, the currency, and a deal's contacts (parent contact or originating lead, and a
 * stakeholder connection each).
 */
final class ReferenceTransforms {
    static final String STAKEHOLDERS = "deal_stakeholders";

    private ReferenceTransforms() {
    }

    static void lookup(CompiledEntry e, RecordOut out, CompileScope scope) {
        Object id = out.input(e);
        if (id == null) {
            return;
        }
        String table = e.mapping().param("table", "");
        String[] navigation = e.mapping().param("navigation", e.targetName(0)).split("\\s*,\\s*");
        String target = scope.targetOf(table).orElse(null);
        if (target == null) {
            out.issue(e, 0, ValueIssue.UNKNOWN_REFERENCE, table + " is not migrated, so " + id + " has nothing to"
                    + " point to");
            return;
        }
        EntityRef ref = new EntityRef(scope.entitySet(target), out.ctx.ids().idFor(table, id));
        for (String nav : navigation) {
            out.bind(nav, ref);
        }
    }

    static void contactLookup(CompiledEntry e, RecordOut out, CompileScope scope) {
        Object id = out.input(e);
        if (id == null) {
            return;
        }
        long contactId = ((Number) id).longValue();
        Optional<Route> route = out.ctx.routes().routeOf(contactId);
        if (route.isEmpty()) {
            out.issue(e, 0, ValueIssue.UNKNOWN_REFERENCE, "contact " + contactId + " has no routing (contact or lead)");
            return;
        }
        String nav = e.mapping().param(route.get().table(), null);
        if (nav == null) {
            out.issue(e, 0, ValueIssue.UNKNOWN_REFERENCE, "the map gives no navigation for a " + route.get().table());
            return;
        }
        out.bind(nav, contactRef(out, scope, route.get(), contactId));
    }

    static void owner(CompiledEntry e, RecordOut out) {
        Object v = out.input(e);
        Long salesId = v == null ? null : ((Number) v).longValue();
        String nav = e.mapping().param("navigation", "ownerid");
        Optional<EntityRef> owner = out.ctx.owners().ownerOf(salesId);
        EntityRef fallback = out.ctx.owners().fallback();
        if (owner.isPresent()) {
            out.bind(nav, owner.get());
        } else if (fallback != null) {
            out.bind(nav, fallback);
            if (salesId != null) {
                out.issue(e, 0, ValueIssue.FALLBACK_OWNER, "sales user " + salesId + " has no Dynamics user;"
                        + " the fallback owner is used");
            }
        } else {
            out.issue(e, 0, ValueIssue.NO_OWNER, (salesId == null ? "no owner in Atomic CRM"
                    : "sales user " + salesId + " has no Dynamics user") + " and no fallback owner was given");
        }
    }

    static void currency(CompiledEntry e, RecordOut out) {
        if (out.ctx.currency() == null) {
            out.issue(e, 0, ValueIssue.UNKNOWN_REFERENCE, "no currency record was resolved");
            return;
        }
        out.bind(e.targetName(0), out.ctx.currency());
    }

    /** First contact → parentcontactid (a contact) or originatingleadid (a lead); all → stakeholder connections. */
    static void dealContacts(CompiledEntry e, RecordOut out, CompileScope scope) {
        if (!(out.input(e) instanceof List<?> ids) || ids.isEmpty()) {
            return;
        }
        Set<Long> distinct = new LinkedHashSet<>();
        ids.forEach(i -> distinct.add(((Number) i).longValue()));
        boolean first = true;
        for (long contactId : distinct) {
            Optional<Route> route = out.ctx.routes().routeOf(contactId);
            if (route.isEmpty()) {
                out.issue(e, 0, ValueIssue.DANGLING_REFERENCE, "contact " + contactId + " is listed on the deal but"
                        + " does not exist; it is left out");
                continue;
            }
            EntityRef ref = contactRef(out, scope, route.get(), contactId);
            if (first) {
                out.bind(e.targetName(route.get() == Route.CONTACT ? 0 : 1), ref);
                first = false;
            }
            if (Boolean.parseBoolean(e.mapping().param("stakeholders", "false"))) {
                out.followUp(new FollowUp.CreateAfterLoad(connection(out, scope, route.get(), contactId, ref)));
            }
        }
    }

    private static TargetRecord connection(RecordOut out, CompileScope scope, Route route, long contactId,
            EntityRef contact) {
        UUID id = out.ctx.ids().idFor(STAKEHOLDERS, out.row.id() + ":" + contactId);
        Map<String, EntityRef> binds = new java.util.LinkedHashMap<>();
        binds.put("record1id_opportunity", new EntityRef(scope.entitySet(out.table), out.id));
        binds.put("record2id_" + route.table(), contact);
        if (out.ctx.stakeholderRoleId() != null) {
            binds.put("record2roleid", new EntityRef(scope.entitySet("connectionrole"), out.ctx.stakeholderRoleId()));
        }
        return new TargetRecord("connection", id, Map.of(), binds);
    }

    private static EntityRef contactRef(RecordOut out, CompileScope scope, Route route, long contactId) {
        return new EntityRef(scope.entitySet(route.table()), out.ctx.ids().idFor("contacts", contactId));
    }
}
