package org.atomic2dynamics.engine.ledger;

import java.util.Optional;

/** Follow-up writes already applied, by key (e.g. "close:<opportunity id>"), with the hash of what was done. */
public final class FollowUpJournal {
    private final Jdbc jdbc;
    private final RunJournal runs;

    FollowUpJournal(Jdbc jdbc, RunJournal runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    public Optional<String> appliedHash(String key) {
        return jdbc.query("select hash from follow_ups where key = ?", rs -> rs.getString(1), key).stream().findFirst();
    }

    public void applied(String runId, String key, String hash) {
        jdbc.update("insert into follow_ups(key, hash, run_id, at) values (?,?,?,?) on conflict(key) do update set"
                + " hash = excluded.hash, run_id = excluded.run_id, at = excluded.at", key, hash, runId, runs.now());
    }
}
