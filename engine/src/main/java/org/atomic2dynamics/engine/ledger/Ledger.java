package org.atomic2dynamics.engine.ledger;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The run ledger: a local SQLite file beside the mapping file (never in the source, never in Dataverse).
 * It holds runs, phases, per-record outcomes, rejects with reasons, mapping confirmations and created schema.
 */
public final class Ledger implements AutoCloseable {
    /** The ledger's file name in the folder of the mapping file (or the demo's output folder). */
    public static final String FILE_NAME = "atomic2dynamics-ledger.sqlite";

    private final LedgerDatabase database;
    private final RunJournal runs;
    private final RecordJournal records;
    private final Confirmations confirmations;
    private final SchemaJournal schema;
    private final FollowUpJournal followUps;

    private Ledger(LedgerDatabase database, Clock clock) {
        this.database = database;
        Jdbc jdbc = new Jdbc(database.connection());
        this.runs = new RunJournal(jdbc, clock);
        this.records = new RecordJournal(jdbc, runs);
        this.confirmations = new Confirmations(jdbc, runs);
        this.schema = new SchemaJournal(jdbc, runs);
        this.followUps = new FollowUpJournal(jdbc, runs);
    }

    public static Ledger open(Path file, Clock clock) {
        return new Ledger(LedgerDatabase.open(file), clock);
    }

    /** The ledger that belongs beside a mapping file. */
    public static Ledger besideMapping(Path mappingFile, Clock clock) {
        Path dir = mappingFile.toAbsolutePath().getParent();
        return open(dir.resolve(FILE_NAME), clock);
    }

    public Path file() {
        return database.file();
    }

    public RunJournal runs() {
        return runs;
    }

    public RecordJournal records() {
        return records;
    }

    public Confirmations confirmations() {
        return confirmations;
    }

    public SchemaJournal schema() {
        return schema;
    }

    public FollowUpJournal followUps() {
        return followUps;
    }

    @Override
    public void close() {
        database.close();
    }
}
