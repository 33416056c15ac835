package org.atomic2dynamics.mapping.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.atomic2dynamics.mapping.AtomicFixtures;
import org.atomic2dynamics.mapping.propose.Proposer;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.junit.jupiter.api.Test;

class HandoffSpecTest {
    private final MappingSpec spec = Proposer.propose(AtomicFixtures.demoInput());
    private final String doc = HandoffSpec.render(AtomicFixtures.defaultConfiguration(), spec);

    @Test
    void listsEveryEnumerationWithItsValuesAndWhereItLanded() {
        assertThat(doc).contains("### Deal stage — option set `atm_dealstage`")
                .contains("| in-negociation | In Negotiation | 727000002 | default |")
                .contains("opportunity.atm_dealstage/salesstage/stepname/closeprobability from deals.stage")
                .contains("account.atm_sector/industrycode from companies.sector (valueMap {financials=16")
                .contains("### Tags — option set `atm_tag` (multi-select)")
                .contains("| nonbinary | They/Them | 727000002 |");
    }

    @Test
    void givesStageProbabilitiesAndTransitionRules() {
        assertThat(doc).contains("| proposal-sent | Proposal Sent | 2 | 50 % | open |  |")
                .contains("| won | Won | 3 | 100 % | won | 3 |").contains("Close as Won");
    }

    @Test
    void isAChecklistOfWhatAtomicDidInCode() {
        assertThat(doc).contains("- [ ] **Email addresses are lower-cased on save** (trigger lowercase_email_jsonb)")
                .contains("set_sales_id_default").contains("Last seen").contains("favicon").contains("Gravatar")
                .contains("first user becomes administrator").contains("status of its latest note");
    }

    @Test
    void listsWhatIsKeptWithLoss() {
        assertThat(doc).contains("## Kept with loss").contains("| companies → account | size |")
                .contains("| contacts → contact (routed as contact) | email_jsonb |");
    }
}
