package org.atomic2dynamics.engine.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.engine.ledger.RunInfo;
import org.atomic2dynamics.engine.load.FollowUpRequest;
import org.atomic2dynamics.engine.load.LoadContext;
import org.atomic2dynamics.engine.load.LoadPhase;
import org.atomic2dynamics.engine.load.PhasePlan;
import org.atomic2dynamics.engine.load.WrittenIds;
import org.atomic2dynamics.engine.run.RunReport;

/**
 * One load run: owners and tags, then every load phase in dependency order, then the follow-up writes, all
 * recorded in the ledger. A run that died is resumed (same run, phases continue from their checkpoints) when
 * the map has not changed since.
 */
public final class Migration {
    private final MigrationInputs in;
    private final Map<String, TableDef> targetTables;

    public Migration(MigrationInputs inputs, Map<String, TableDef> targetTables) {
        this.in = inputs;
        this.targetTables = Map.copyOf(targetTables);
    }

    public RunReport run(List<String> notes, Map<String, Object> sections) {
        RunInfo run = startOrResume();
        ReferencePhases.owners(in.ledger(), run.id(), in.owners(), in.context().ids());
        ReferencePhases.tags(in.ledger(), run.id(), in.source(), in.spec(), in.context().ids());
        List<FollowUpRequest> followUps = new ArrayList<>();
        LoadContext ctx = new LoadContext(run.id(), in.ledger(), in.source(), in.writer(), writtenIds(),
                in.chunkSize(), in.force(), followUps::add, in.progress());
        List<PhasePlan> plans = PhaseOrder.of(in.spec(), new MappedRows(in.mapper(), in.context()));
        for (int i = 0; i < plans.size(); i++) {
            new LoadPhase(plans.get(i), i + 2).run(ctx);
        }
        FollowUpRunner runner = new FollowUpRunner(in.ledger(), run.id(), in.writer(), in.actions());
        runner.run(followUps);
        Map<String, Object> allSections = new LinkedHashMap<>(sections);
        allSections.put("follow_ups", FollowUpSummary.rows(runner.tally()));
        return RunReports.finish(in, run, runner.failures(), notes, allSections);
    }

    private RunInfo startOrResume() {
        return in.ledger().runs().unfinished(in.kind())
                .filter(r -> in.mappingHash().equals(r.mappingHash()))
                .orElseGet(() -> in.ledger().runs().start(in.kind(), in.mappingHash(),
                        in.context().ids().sourceInstance(), in.target()));
    }

    /** Every record the ledger knows was written, in any run: parents of this run's children. */
    private WrittenIds writtenIds() {
        WrittenIds ids = new WrittenIds(PhaseOrder.entitySets(in.spec(), targetTables));
        in.ledger().records().targetIds().forEach(ids::add);
        return ids;
    }
}
