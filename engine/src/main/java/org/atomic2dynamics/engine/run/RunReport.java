package org.atomic2dynamics.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.engine.ledger.RunInfo;

/**
 * Everything a run reports: per-phase counts, the per-source-table reconciliation, wire statistics, the
 * records that did not arrive and why, and notes a person must read (fallback owners, confirmations...).
 * {@code sections} carries extra named sections (owners, schema...) as already-structured values.
 */
public record RunReport(
        RunInfo run,
        List<PhaseReport> phases,
        List<SourceTally> sources,
        HttpStats http,
        List<Reject> rejects,
        List<String> notes,
        Map<String, Object> sections) {

    public RunReport {
        phases = List.copyOf(phases);
        sources = List.copyOf(sources);
        rejects = List.copyOf(rejects);
        notes = List.copyOf(notes);
        sections = new LinkedHashMap<>(sections);
    }

    public boolean reconciles() {
        return sources.stream().allMatch(SourceTally::balances);
    }

    /** Source tallies computed from the phases, against the source's own counts. */
    public static List<SourceTally> tallies(List<PhaseReport> phases, Map<String, Long> sourceCounts) {
        List<SourceTally> out = new ArrayList<>();
        sourceCounts.forEach((table, count) -> out.add(new SourceTally(table, count,
                phases.stream().filter(p -> p.sourceTable().equals(table)).mapToLong(p -> p.counts().accounted()).sum())));
        return out;
    }
}
