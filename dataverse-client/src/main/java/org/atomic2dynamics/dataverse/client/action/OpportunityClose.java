package org.atomic2dynamics.dataverse.client.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The opportunityclose activity that WinOpportunity / LoseOpportunity create. Optional parts are null. */
public record OpportunityClose(UUID opportunityId, String subject, BigDecimal actualRevenue, LocalDate actualEnd,
        String description) {
}
