package org.atomic2dynamics.source.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing the audit found. {@code subject} is what it is about ("contacts.referred_by", "deals.stage =
 * negotiation-2"); {@code count} how many rows, objects or columns; {@code sampleIds} up to a handful of
 * record references ("deals:12"); {@code decision} what the customer must choose (empty unless DECISION);
 * {@code details} structured facts for machines (a column proposal, sizes...).
 */
public record Finding(
        FindingCode code,
        Severity severity,
        String subject,
        String message,
        long count,
        List<String> sampleIds,
        String decision,
        Map<String, Object> details) {

    public static final int SAMPLES = 5;

    public Finding {
        sampleIds = List.copyOf(sampleIds.subList(0, Math.min(SAMPLES, sampleIds.size())));
        decision = decision == null ? "" : decision;
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static Finding info(FindingCode code, String subject, String message, long count) {
        return new Finding(code, Severity.INFO, subject, message, count, List.of(), "", Map.of());
    }

    public static Finding warning(FindingCode code, String subject, String message, long count, List<String> samples) {
        return new Finding(code, Severity.WARNING, subject, message, count, samples, "", Map.of());
    }

    public static Finding decision(FindingCode code, String subject, String message, long count, List<String> samples,
            String decision) {
        return new Finding(code, Severity.DECISION, subject, message, count, samples, decision, Map.of());
    }

    public Finding withDetails(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.putAll(more);
        return new Finding(code, severity, subject, message, count, sampleIds, decision, all);
    }
}
