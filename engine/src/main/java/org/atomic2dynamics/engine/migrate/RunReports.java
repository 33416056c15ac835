package org.atomic2dynamics.engine.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.port.TargetWriter;
import org.atomic2dynamics.engine.ledger.Outcome;
import org.atomic2dynamics.engine.ledger.PhaseRecord;
import org.atomic2dynamics.engine.ledger.RecordOutcome;
import org.atomic2dynamics.engine.ledger.RunInfo;
import org.atomic2dynamics.engine.run.HttpStats;
import org.atomic2dynamics.engine.run.PhaseReport;
import org.atomic2dynamics.engine.run.Reject;
import org.atomic2dynamics.engine.run.RunReport;

/** Closes a run in the ledger and builds its report from what the ledger recorded. */
final class RunReports {
    private RunReports() {
    }

    static RunReport finish(MigrationInputs in, RunInfo run, List<Reject> followUpFailures, List<String> notes,
            Map<String, Object> sections) {
        List<PhaseReport> phases = in.ledger().runs().phases(run.id()).stream().map(RunReports::phase).toList();
        Map<String, Long> sourceCounts = new LinkedHashMap<>();
        phases.forEach(p -> sourceCounts.computeIfAbsent(p.sourceTable(), in.source()::count));
        List<Reject> rejects = new ArrayList<>();
        for (Outcome o : List.of(Outcome.REJECTED, Outcome.HELD)) {
            in.ledger().records().events(run.id(), o).forEach(e -> rejects.add(reject(e, phaseOf(phases, e))));
        }
        rejects.addAll(followUpFailures);
        var tallies = RunReport.tallies(phases, sourceCounts);
        // Owners held while a fallback owner takes their records are a note for a person, not a failed record.
        boolean fallbackUsed = in.owners().fallback() != null;
        boolean clean = tallies.stream().allMatch(t -> t.balances()) && rejects.stream()
                .allMatch(r -> fallbackUsed && ReferencePhases.OWNERS.equals(r.phase()));
        String status = clean ? RunInfo.SUCCEEDED : RunInfo.COMPLETED_WITH_REJECTS;
        in.ledger().runs().finish(run.id(), status);
        RunInfo finished = in.ledger().runs().run(run.id()).orElseThrow();
        TargetWriter.WireCounters wire = in.writer().counters();
        return new RunReport(finished, phases, tallies, new HttpStats(wire.requests(), wire.retries(), wire.throttled()),
                rejects, notes, sections);
    }

    private static PhaseReport phase(PhaseRecord p) {
        return new PhaseReport(p.name(), p.sourceTable(), p.targetTable(), p.counts(), p.status());
    }

    private static String phaseOf(List<PhaseReport> phases, RecordOutcome e) {
        return phases.stream().filter(p -> p.sourceTable().equals(e.sourceTable()) && p.targetTable().equals(e.targetTable()))
                .map(PhaseReport::name).findFirst().orElse(e.sourceTable());
    }

    private static Reject reject(RecordOutcome e, String phase) {
        return new Reject(phase, e.sourceTable(), e.sourceId(), e.targetTable(), e.targetId(), e.outcome().label(),
                e.code(), e.reason());
    }
}
