package org.atomic2dynamics.source.audit;

import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.source.generation.GenerationDetection;

/**
 * Everything the audit established about one source, ready to be written as audit.json and audit.md.
 * {@code readOnly} records that the whole audit ran in a read-only session.
 */
public record AuditReport(
        String auditedAt,
        Source source,
        GenerationDetection generation,
        EffectiveConfiguration configuration,
        Map<String, Long> rowCounts,
        Map<String, Map<String, Long>> owners,
        StorageSummary storage,
        List<TableAccess> access,
        List<Finding> findings) {

    /** The audited connection, password-free. */
    public record Source(String connection, String kind, String user, boolean readOnly, List<String> warnings) {
    }

    public AuditReport {
        rowCounts = Map.copyOf(rowCounts);
        owners = Map.copyOf(owners);
        access = List.copyOf(access);
        findings = List.copyOf(findings);
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public boolean needsDecision() {
        return !findings(Severity.DECISION).isEmpty();
    }
}
