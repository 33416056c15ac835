package org.atomic2dynamics.engine.ledger;

import java.util.Optional;

/** The sign-off of mapping files: who confirmed which hash, when. The newest confirmation counts. */
public final class Confirmations {
    private final Jdbc jdbc;
    private final RunJournal runs;

    Confirmations(Jdbc jdbc, RunJournal runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    public Confirmation confirm(String mappingFile, String hash, String confirmedBy) {
        String now = runs.now();
        jdbc.update("insert into confirmations(mapping_file, hash, confirmed_by, confirmed_at) values (?,?,?,?)",
                mappingFile, hash, confirmedBy, now);
        return new Confirmation(mappingFile, hash, confirmedBy, now);
    }

    public Optional<Confirmation> latest(String mappingFile) {
        return jdbc.query("select * from confirmations where mapping_file = ? order by rowid desc limit 1",
                rs -> new Confirmation(rs.getString("mapping_file"), rs.getString("hash"),
                        rs.getString("confirmed_by"), rs.getString("confirmed_at")),
                mappingFile).stream().findFirst();
    }
}
