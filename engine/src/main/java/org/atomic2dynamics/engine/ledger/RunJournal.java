package org.atomic2dynamics.engine.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Runs and their phases: start, count, checkpoint, finish. */
public final class RunJournal {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Jdbc jdbc;
    private final Clock clock;

    RunJournal(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public RunInfo start(String kind, String mappingHash, String sourceInstance, String target) {
        String id = RUN_ID.format(clock.instant()) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        String now = now();
        jdbc.update("insert into runs(id, kind, started_at, status, mapping_hash, source_instance, target)"
                + " values (?,?,?,?,?,?,?)", id, kind, now, RunInfo.RUNNING, mappingHash, sourceInstance, target);
        return new RunInfo(id, kind, now, null, RunInfo.RUNNING, mappingHash, sourceInstance, target);
    }

    public void finish(String runId, String status) {
        jdbc.update("update runs set status = ?, finished_at = ? where id = ?", status, now(), runId);
    }

    public Optional<RunInfo> run(String runId) {
        return jdbc.query("select * from runs where id = ?", RunJournal::run, runId).stream().findFirst();
    }

    /** The newest run of this kind that never finished (the process died): the one to resume. */
    public Optional<RunInfo> unfinished(String kind) {
        return jdbc.query("select * from runs where kind = ? and status = ? order by started_at desc limit 1",
                RunJournal::run, kind, RunInfo.RUNNING).stream().findFirst();
    }

    public List<RunInfo> runs() {
        return jdbc.query("select * from runs order by started_at", RunJournal::run);
    }

    public void startPhase(String runId, String name, int seq, String sourceTable, String targetTable) {
        jdbc.update("insert into phases(run_id, name, seq, source_table, target_table, status, started_at)"
                + " values (?,?,?,?,?,?,?) on conflict(run_id, name) do update set status = excluded.status",
                runId, name, seq, sourceTable, targetTable, RunInfo.RUNNING, now());
    }

    public void finishPhase(String runId, String name, long sourceCount, String status) {
        jdbc.update("update phases set source_count = ?, status = ?, finished_at = ? where run_id = ? and name = ?",
                sourceCount, status, now(), runId, name);
    }

    public List<PhaseRecord> phases(String runId) {
        return jdbc.query("select * from phases where run_id = ? order by seq", RunJournal::phase, runId);
    }

    public Optional<PhaseRecord> phase(String runId, String name) {
        return jdbc.query("select * from phases where run_id = ? and name = ?", RunJournal::phase, runId, name)
                .stream().findFirst();
    }

    String now() {
        return clock.instant().toString();
    }

    private static RunInfo run(ResultSet rs) throws SQLException {
        return new RunInfo(rs.getString("id"), rs.getString("kind"), rs.getString("started_at"),
                rs.getString("finished_at"), rs.getString("status"), rs.getString("mapping_hash"),
                rs.getString("source_instance"), rs.getString("target"));
    }

    private static PhaseRecord phase(ResultSet rs) throws SQLException {
        PhaseCounts counts = new PhaseCounts(rs.getLong("source_count"), rs.getLong("created"), rs.getLong("updated"),
                rs.getLong("unchanged"), rs.getLong("rejected"), rs.getLong("held"));
        long checkpoint = rs.getLong("checkpoint");
        return new PhaseRecord(rs.getString("run_id"), rs.getString("name"), rs.getInt("seq"),
                rs.getString("source_table"), rs.getString("target_table"), counts,
                rs.wasNull() ? null : checkpoint, rs.getString("status"));
    }
}
