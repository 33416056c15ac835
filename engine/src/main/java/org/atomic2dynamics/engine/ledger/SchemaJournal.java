package org.atomic2dynamics.engine.ledger;

import java.util.List;

/** Destination schema items the tool created, in creation order, so rollback can remove them on request. */
public final class SchemaJournal {
    private final Jdbc jdbc;
    private final RunJournal runs;

    SchemaJournal(Jdbc jdbc, RunJournal runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    public void created(String runId, String kind, String name, String detail) {
        jdbc.update("insert into schema_ops(run_id, kind, name, detail, at) values (?,?,?,?,?)",
                runId, kind, name, detail, runs.now());
    }

    public List<SchemaOp> all() {
        return jdbc.query("select * from schema_ops order by seq", rs -> new SchemaOp(rs.getLong("seq"),
                rs.getString("run_id"), rs.getString("kind"), rs.getString("name"), rs.getString("detail"),
                rs.getString("at")));
    }
}
