package org.atomic2dynamics.mapping.propose;

import java.util.List;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.EnumValue;
import org.atomic2dynamics.core.source.Enumeration;
import org.atomic2dynamics.mapping.spec.StageRule;

/**
 * What each configured deal stage means on an opportunity. Atomic CRM's dashboard gives the probabilities
 * of opportunity (20), proposal-sent (50), in-negociation (80) and delayed (30); won and lost are hard-coded
 * outcomes. Sales stages: 0 Qualify, 1 Develop, 2 Propose, 3 Close. A stage Atomic CRM gives no meaning to
 * stays open at Qualify without a probability, and the proposal says so.
 */
final class StageRules {
    static final int QUALIFY = 0;
    static final int DEVELOP = 1;
    static final int PROPOSE = 2;
    static final int CLOSE = 3;
    static final int ON_HOLD = 2;
    static final int WON = 3;
    static final int CANCELED = 4;

    private StageRules() {
    }

    static List<StageRule> propose(EffectiveConfiguration cfg) {
        return cfg.enumeration(EffectiveConfiguration.DEAL_STAGES).map(Enumeration::values).orElse(List.of())
                .stream().map(StageRules::rule).toList();
    }

    static boolean known(String stage) {
        return AtomicFacts.STAGE_PROBABILITY.containsKey(stage) || stage.equals("won") || stage.equals("lost");
    }

    private static StageRule rule(EnumValue v) {
        String s = v.value();
        Integer probability = AtomicFacts.STAGE_PROBABILITY.get(s);
        return switch (s) {
            case "won" -> new StageRule(s, v.label(), CLOSE, 100, StageRule.WON, WON);
            case "lost" -> new StageRule(s, v.label(), CLOSE, 0, StageRule.LOST, CANCELED);
            case "opportunity" -> new StageRule(s, v.label(), QUALIFY, probability, StageRule.OPEN, null);
            case "proposal-sent" -> new StageRule(s, v.label(), PROPOSE, probability, StageRule.OPEN, null);
            case "in-negociation" -> new StageRule(s, v.label(), CLOSE, probability, StageRule.OPEN, null);
            case "delayed" -> new StageRule(s, v.label(), DEVELOP, probability, StageRule.OPEN, ON_HOLD);
            default -> new StageRule(s, v.label(), QUALIFY, null, StageRule.OPEN, null);
        };
    }
}
