package org.atomic2dynamics.engine.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * The SQLite file behind the ledger: opens it, creates or upgrades its tables, and hands out its one
 * connection. SQLite serialises writers anyway, so one connection with explicit transactions is enough.
 */
final class LedgerDatabase implements AutoCloseable {
    private static final int SCHEMA_VERSION = 2;

    private final Path file;
    private final Connection connection;

    private LedgerDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static LedgerDatabase open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("pragma journal_mode=wal");
                s.execute("pragma synchronous=normal");
                s.execute("pragma foreign_keys=on");
                s.execute("pragma busy_timeout=10000");
            }
            LedgerDatabase db = new LedgerDatabase(file, c);
            db.migrate();
            return db;
        } catch (SQLException | IOException e) {
            throw new MigrationException(ErrorCode.LEDGER, "cannot open the run ledger " + file + ": " + e.getMessage(),
                    "check that the folder is writable and the file is not used by another run");
        }
    }

    Connection connection() {
        return connection;
    }

    Path file() {
        return file;
    }

    private void migrate() throws SQLException, IOException {
        int version;
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("pragma user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > SCHEMA_VERSION) {
            throw new MigrationException(ErrorCode.LEDGER, "the run ledger " + file + " was written by a newer version",
                    "use the atomic2dynamics version that wrote it");
        }
        String[] scripts = {"V1__ledger.sql", "V2__follow_ups.sql"};
        for (int v = version; v < SCHEMA_VERSION; v++) {
            runScript(scripts[v]);
            try (Statement s = connection.createStatement()) {
                s.execute("pragma user_version = " + (v + 1));
            }
        }
    }

    private void runScript(String name) throws SQLException, IOException {
        String sql;
        try (InputStream in = LedgerDatabase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("ledger script " + name + " is missing");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String statement : SqlScript.statements(sql)) {
                s.execute(statement);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.LEDGER, "cannot close the run ledger: " + e.getMessage(), "");
        }
    }
}
