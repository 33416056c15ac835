package org.atomic2dynamics.core.port;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The writes that are not plain records: state changes and closing opportunities. */
public interface TargetActions {

    /** PATCH statecode/statuscode (with any attributes that go with it, e.g. actualend). */
    void setState(String table, UUID id, int statecode, int statuscode, Map<String, Object> attributes);

    /** WinOpportunity ({@code won}) or LoseOpportunity, creating the opportunityclose activity. */
    void closeOpportunity(UUID opportunityId, boolean won, int status, BigDecimal actualRevenue, LocalDate actualEnd,
            String subject);
}
