package org.atomic2dynamics.mapping.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.target.TargetRecord;

/**
 * A write that must wait until every record is loaded. The engine applies all follow-ups of {@link #order()}
 * 1, then 2, then 3: stakeholder connections, then state changes (completing tasks, putting deals on hold),
 * and closing opportunities (WinOpportunity / LoseOpportunity) last, since a closed opportunity is read-only.
 */
public sealed interface FollowUp {

    int order();

    /** A record created after the load, e.g. a stakeholder connection between an opportunity and a contact. */
    record CreateAfterLoad(TargetRecord record) implements FollowUp {
        public int order() {
            return 1;
        }
    }

    /** PATCH statecode/statuscode (and attributes such as actualend) on a loaded record. */
    record SetState(String table, UUID id, int statecode, int statuscode, Map<String, Object> attributes)
            implements FollowUp {
        public SetState {
            attributes = Map.copyOf(attributes);
        }

        public int order() {
            return 2;
        }
    }

    /**
     * WinOpportunity ({@code won}, status 3) or LoseOpportunity (status 4 Canceled / 5 Out-Sold), with the
     * opportunityclose's subject, actual revenue and actual end.
     */
    record CloseOpportunity(UUID opportunityId, boolean won, int status, BigDecimal actualRevenue,
            LocalDate actualEnd, String subject) implements FollowUp {
        public int order() {
            return 3;
        }
    }
}
