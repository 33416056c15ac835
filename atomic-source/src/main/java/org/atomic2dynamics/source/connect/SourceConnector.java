package org.atomic2dynamics.source.connect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * Opens the read-only source session. Read-only twice over: the session default
 * (default_transaction_read_only=on) and a read-only REPEATABLE READ transaction; then it checks the server
 * agrees, so nothing this tool runs can write to a customer's CRM.
 */
public final class SourceConnector {
    static final String POOLER_WARNING = "port 6543 is Supabase's transaction-mode pooler, which cannot hold a"
            + " cursor across statements: use the session pooler (port 5432) or the direct connection";

    private SourceConnector() {
    }

    public static SourceSession open(ConnectionSpec spec, Optional<String> password) {
        List<String> warnings = warnings(spec);
        Connection c;
        try {
            c = DriverManager.getConnection(spec.jdbcUrl(), properties(spec, password));
        } catch (SQLException e) {
            throw ConnectionFailures.of(e, spec, password.isPresent());
        }
        try {
            makeReadOnly(c);
            return new SourceSession(c, spec, warnings);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new MigrationException(ErrorCode.SOURCE_READ, "cannot make the session on " + spec.display()
                    + " read-only: " + e.getMessage(), "check that the role may set session parameters", e);
        }
    }

    /** What the user should know about this connection before relying on it. */
    public static List<String> warnings(ConnectionSpec spec) {
        List<String> warnings = new ArrayList<>();
        if (spec.isTransactionPooler()) {
            warnings.add(POOLER_WARNING);
        }
        return warnings;
    }

    private static Properties properties(ConnectionSpec spec, Optional<String> password) {
        Properties p = new Properties();
        spec.parameters().forEach(p::setProperty);
        p.setProperty("user", spec.user());
        password.ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("sslmode", spec.sslMode());
        p.setProperty("ApplicationName", "atomic2dynamics (read-only)");
        p.setProperty("connectTimeout", p.getProperty("connectTimeout", "15"));
        p.setProperty("readOnly", "true");
        if (spec.isTransactionPooler()) {
            p.setProperty("prepareThreshold", "0");
        }
        return p;
    }

    private static void makeReadOnly(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("set session default_transaction_read_only = on");
            // A fixed search path makes type names (format_type) the same whatever the role's default is.
            st.execute("set session search_path = public");
        }
        c.setReadOnly(true);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setAutoCommit(false);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("show transaction_read_only")) {
            if (!rs.next() || !"on".equals(rs.getString(1))) {
                throw new SQLException("the server did not start a read-only transaction");
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }
}
