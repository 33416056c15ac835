package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one Atomic CRM deal stage becomes on the opportunity: the sales stage option, the close probability
 * (Atomic's own dashboard multipliers), and the outcome: {@code open}, {@code won} (WinOpportunity) or
 * {@code lost} (LoseOpportunity). {@code status} is the statuscode the close action sets (3 Won; 4 Canceled,
 * 5 Out-Sold), or for an open deal the statuscode to set (1 In Progress, 2 On Hold); null keeps the default.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageRule(String stage, String label, Integer salesStage, Integer probability, String outcome,
        Integer status) {

    public static final String OPEN = "open";
    public static final String WON = "won";
    public static final String LOST = "lost";
}
