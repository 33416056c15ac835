package org.atomic2dynamics.mapping.record;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.mapping.spec.RoutingRule;

/**
 * Decides which contacts become Dynamics contacts and which leads, by the map's routing rule (default: a
 * contact on a deal that is not lost, or whose status or any note's status is in-contract, is a contact;
 * everyone else is a lead). Fed once with deals and contact notes, then asked per contact; it keeps only
 * the ids that qualify, so it streams over large tables.
 */
public final class ContactRouting {
    private final RoutingRule rule;
    private final Set<Long> qualified = new HashSet<>();

    public ContactRouting(RoutingRule rule) {
        this.rule = rule == null ? RoutingRule.standard() : rule;
    }

    /** The whole decision at once, from the rows of contacts, deals and contact notes. */
    public static ContactRoutes decide(RoutingRule rule, Iterable<SourceRow> contacts, Iterable<SourceRow> deals,
            Iterable<SourceRow> contactNotes) {
        ContactRouting routing = new ContactRouting(rule);
        deals.forEach(routing::acceptDeal);
        contactNotes.forEach(routing::acceptNote);
        Set<Long> asContacts = new HashSet<>();
        Set<Long> asLeads = new HashSet<>();
        for (SourceRow c : contacts) {
            (routing.decide(c) == Route.CONTACT ? asContacts : asLeads).add(c.id());
        }
        return new ContactRoutes(asContacts, asLeads);
    }

    /** A deal whose stage is not lost qualifies every contact on it. */
    public void acceptDeal(SourceRow deal) {
        Object stage = deal.get("stage");
        if (stage != null && rule.lostStages().contains(stage.toString())) {
            return;
        }
        if (deal.get("contact_ids") instanceof List<?> ids) {
            ids.forEach(id -> qualified.add(((Number) id).longValue()));
        }
    }

    /** A note with a contract status qualifies its contact. */
    public void acceptNote(SourceRow note) {
        Object status = note.get("status");
        Object contact = note.get("contact_id");
        if (status != null && contact != null && rule.contactStatuses().contains(status.toString())) {
            qualified.add(((Number) contact).longValue());
        }
    }

    public Route decide(SourceRow contact) {
        switch (rule.mode()) {
            case RoutingRule.ALL_CONTACTS:
                return Route.CONTACT;
            case RoutingRule.ALL_LEADS:
                return Route.LEAD;
            default:
                Object status = contact.get("status");
                boolean contract = status != null && rule.contactStatuses().contains(status.toString());
                return contract || qualified.contains(contact.id()) ? Route.CONTACT : Route.LEAD;
        }
    }
}
