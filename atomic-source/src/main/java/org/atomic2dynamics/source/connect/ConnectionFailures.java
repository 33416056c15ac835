package org.atomic2dynamics.source.connect;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/** Turns a failed connection into one line a person can act on; the password is never part of it. */
final class ConnectionFailures {
    private ConnectionFailures() {
    }

    static MigrationException of(SQLException e, ConnectionSpec spec, boolean hadPassword) {
        String where = spec.display();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = firstLine(e.getMessage());
        if (state.equals("28P01") || state.equals("28000")) {
            return new MigrationException(ErrorCode.SOURCE_AUTH, where + " refused the login: " + reason,
                    hadPassword ? "check the user name and the password in PGPASSWORD, A2D_SOURCE_PASSWORD or"
                            + " --source-password-file" : "set PGPASSWORD or A2D_SOURCE_PASSWORD, or pass"
                            + " --source-password-file", e);
        }
        if (reason.contains("no password was provided") || reason.contains("password-based authentication")) {
            return new MigrationException(ErrorCode.SOURCE_AUTH, where + " asks for a password and none was given",
                    "set PGPASSWORD or A2D_SOURCE_PASSWORD, or pass --source-password-file", e);
        }
        if (state.equals("3D000")) {
            return new MigrationException(ErrorCode.SOURCE_UNREACHABLE, where + ": " + reason,
                    "check the database name at the end of the connection string (Supabase's is postgres)", e);
        }
        if (reason.contains("does not support SSL")) {
            return new MigrationException(ErrorCode.SOURCE_UNREACHABLE, where + " does not accept SSL connections",
                    "add ?sslmode=disable to the connection string if this network is trusted", e);
        }
        if (state.equals("42501")) {
            return new MigrationException(ErrorCode.SOURCE_ACCESS, where + ": " + reason,
                    "connect as the postgres role or grant this role SELECT on the CRM tables", e);
        }
        return new MigrationException(ErrorCode.SOURCE_UNREACHABLE, "cannot reach " + where + ": " + networkReason(e),
                "check the host and port, that the database is running and that this machine may reach it", e);
    }

    private static String networkReason(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "connection refused";
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer (timed out)";
            }
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
