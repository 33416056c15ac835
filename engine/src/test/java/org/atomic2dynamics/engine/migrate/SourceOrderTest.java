package org.atomic2dynamics.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.junit.jupiter.api.Test;

/** Custom tables load before the tables whose custom lookups point to them; otherwise the standard order holds. */
class SourceOrderTest {
    private static TableMapping mapping(String source, String target, NewColumn... columns) {
        return new TableMapping(source, target, null, 1L, "", null, null, List.of(columns), List.of());
    }

    private static NewColumn lookup(String target) {
        return new NewColumn("atm_" + target + "_id", "atm_" + target + "_id", "x", "Lookup", null, null, null, null, null,
                null, null, target, false, null);
    }

    private static List<String> order(TableMapping... tables) {
        return SourceOrder.of(new MappingSpec(1, null, null, List.of(), List.of(tables)));
    }

    @Test
    void withoutCustomLookupsTheStandardOrderThenTheMapsOrder() {
        assertThat(order(mapping("deals", "opportunity"), mapping("projects", "atm_projects"), mapping("companies", "account")))
                .containsExactly("sales", "tags", "companies", "contacts", "deals", "tasks", "contact_notes", "deal_notes",
                        "projects");
    }

    @Test
    void aCustomTableComesJustBeforeTheFirstTablePointingToIt() {
        assertThat(order(mapping("deals", "opportunity", lookup("atm_campaigns")),
                mapping("campaigns", "atm_campaigns", lookup("account")), mapping("companies", "account")))
                .containsExactly("sales", "tags", "companies", "contacts", "campaigns", "deals", "tasks", "contact_notes",
                        "deal_notes");
    }

    @Test
    void aCycleIsBrokenWhereItWasEntered() {
        assertThat(order(mapping("a", "atm_a", lookup("atm_b")), mapping("b", "atm_b", lookup("atm_a"))))
                .endsWith("b", "a");
    }
}
