package org.atomic2dynamics.source.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * One open, read-only connection to the source, inside one REPEATABLE READ read-only transaction: every
 * query made through it sees the same snapshot. {@code warnings} are things the user should know about the
 * connection (e.g. the transaction pooler).
 */
public final class SourceSession implements AutoCloseable {
    private final Connection connection;
    private final ConnectionSpec spec;
    private final List<String> warnings;

    SourceSession(Connection connection, ConnectionSpec spec, List<String> warnings) {
        this.connection = connection;
        this.spec = spec;
        this.warnings = List.copyOf(warnings);
    }

    public Connection connection() {
        return connection;
    }

    public ConnectionSpec spec() {
        return spec;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Always true for a session this class opened; reported so a customer sees the source was not written. */
    public boolean readOnly() {
        try {
            return connection.isReadOnly();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    public MigrationException readFailure(SQLException e) {
        if ("42501".equals(e.getSQLState())) {
            return new MigrationException(ErrorCode.SOURCE_ACCESS, spec.user() + " may not read: " + e.getMessage(),
                    "connect as the postgres role, or grant SELECT (see the audit's access section)", e);
        }
        return new MigrationException(ErrorCode.SOURCE_READ, "reading " + spec.display() + " failed: "
                + e.getMessage(), "run again; if it persists, run the audit to check the schema", e);
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException ignored) {
            // Nothing was written, so there is nothing to lose when closing fails.
        }
    }
}
