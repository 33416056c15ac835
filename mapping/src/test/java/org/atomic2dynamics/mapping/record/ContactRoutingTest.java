package org.atomic2dynamics.mapping.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomic2dynamics.mapping.record.MapperFixture.row;

import java.util.List;
import org.atomic2dynamics.mapping.spec.RoutingRule;
import org.junit.jupiter.api.Test;

class ContactRoutingTest {
    private final List<org.atomic2dynamics.core.source.SourceRow> contacts = List.of(row("contacts", 1),
            row("contacts", 2), row("contacts", 3), row("contacts", 4, "status", "in-contract"), row("contacts", 5));
    private final List<org.atomic2dynamics.core.source.SourceRow> deals = List.of(
            row("deals", 1, "stage", "opportunity", "contact_ids", List.of(1L)),
            row("deals", 2, "stage", "lost", "contact_ids", List.of(2L)));
    private final List<org.atomic2dynamics.core.source.SourceRow> notes = List.of(
            row("contact_notes", 1, "contact_id", 3L, "status", "in-contract"),
            row("contact_notes", 2, "contact_id", 5L, "status", "hot"));

    @Test
    void liveDealOrContractMakesAContactEveryoneElseIsALead() {
        ContactRoutes routes = ContactRouting.decide(RoutingRule.standard(), contacts, deals, notes);
        assertThat(routes.contacts()).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(routes.leads()).containsExactlyInAnyOrder(2L, 5L);
        assertThat(routes.routeOf(99)).isEmpty();
    }

    @Test
    void modesRouteEveryoneOneWay() {
        assertThat(ContactRouting.decide(new RoutingRule(RoutingRule.ALL_CONTACTS, null, null), contacts, deals, notes)
                .leads()).isEmpty();
        assertThat(ContactRouting.decide(new RoutingRule(RoutingRule.ALL_LEADS, null, null), contacts, deals, notes)
                .contacts()).isEmpty();
    }
}
