package org.atomic2dynamics.engine.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Per-record outcomes. One chunk of outcomes lands in one transaction together with the phase counters and
 * the checkpoint, so after a crash the ledger never claims more (or less) than it recorded.
 */
public final class RecordJournal {
    private final Jdbc jdbc;
    private final RunJournal runs;

    RecordJournal(Jdbc jdbc, RunJournal runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    public void record(String runId, String phase, List<RecordOutcome> outcomes, Long checkpoint) {
        String now = runs.now();
        jdbc.inTransaction(() -> {
            insertEvents(runId, phase, outcomes, now);
            upsertWritten(runId, outcomes, now);
            addCounts(runId, phase, outcomes, checkpoint);
        });
    }

    /** Hash of what was last written, by source id, for one source table and target table. */
    public Map<Long, String> hashes(String sourceTable, String targetTable) {
        Map<Long, String> out = new HashMap<>();
        jdbc.query("select source_id, hash from records where source_table = ? and target_table = ?",
                rs -> out.put(rs.getLong(1), rs.getString(2)), sourceTable, targetTable);
        return out;
    }

    /** The target id of every record ever written. */
    public List<UUID> targetIds() {
        return jdbc.query("select target_id from records", rs -> UUID.fromString(rs.getString(1)));
    }

    /** The outcomes a run recorded with this outcome, oldest first. */
    public List<RecordOutcome> events(String runId, Outcome outcome) {
        return jdbc.query("select * from events where run_id = ? and outcome = ? order by seq",
                rs -> new RecordOutcome(rs.getString("source_table"), rs.getLong("source_id"),
                        rs.getString("target_table"),
                        rs.getString("target_id") == null ? null : UUID.fromString(rs.getString("target_id")),
                        Outcome.valueOf(rs.getString("outcome")), null, rs.getString("code"), rs.getString("reason")),
                runId, outcome.name());
    }

    private void insertEvents(String runId, String phase, List<RecordOutcome> outcomes, String now)
            throws SQLException {
        try (PreparedStatement ps = jdbc.prepare("insert into events(run_id, phase, source_table, source_id,"
                + " target_table, target_id, outcome, code, reason, at) values (?,?,?,?,?,?,?,?,?,?)")) {
            for (RecordOutcome o : outcomes) {
                ps.setString(1, runId);
                ps.setString(2, phase);
                ps.setString(3, o.sourceTable());
                ps.setLong(4, o.sourceId());
                ps.setString(5, o.targetTable());
                ps.setString(6, o.targetId() == null ? null : o.targetId().toString());
                ps.setString(7, o.outcome().name());
                ps.setString(8, o.code());
                ps.setString(9, o.reason());
                ps.setString(10, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void upsertWritten(String runId, List<RecordOutcome> outcomes, String now) throws SQLException {
        try (PreparedStatement ps = jdbc.prepare("insert into records(source_table, source_id, target_table,"
                + " target_id, hash, run_id, written_at) values (?,?,?,?,?,?,?) on conflict(source_table, source_id,"
                + " target_table) do update set target_id = excluded.target_id, hash = excluded.hash,"
                + " run_id = excluded.run_id, written_at = excluded.written_at")) {
            for (RecordOutcome o : outcomes) {
                if (o.hash() == null || o.outcome() == Outcome.UNCHANGED) {
                    continue;
                }
                ps.setString(1, o.sourceTable());
                ps.setLong(2, o.sourceId());
                ps.setString(3, o.targetTable());
                ps.setString(4, o.targetId().toString());
                ps.setString(5, o.hash());
                ps.setString(6, runId);
                ps.setString(7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void addCounts(String runId, String phase, List<RecordOutcome> outcomes, Long checkpoint) {
        long[] n = new long[Outcome.values().length];
        outcomes.forEach(o -> n[o.outcome().ordinal()]++);
        jdbc.update("update phases set created = created + ?, updated = updated + ?, unchanged = unchanged + ?,"
                + " rejected = rejected + ?, held = held + ?, checkpoint = coalesce(?, checkpoint)"
                + " where run_id = ? and name = ?",
                n[0], n[1], n[2], n[3], n[4], checkpoint, runId, phase);
    }
}
