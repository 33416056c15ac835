package org.atomic2dynamics.demo.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How to reach one database of the embedded server as one role. The password is here because the server is
 * ours and throwaway; {@link #toString()} still masks it so it never lands in a log.
 */
public record SourceDatabase(String host, int port, String database, String user, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URI form a user would paste (no password in it: that comes from PGPASSWORD). */
    public String uri() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    /** The same database reached as another role. */
    public SourceDatabase as(String otherUser, String otherPassword) {
        return new SourceDatabase(host, port, database, otherUser, otherPassword);
    }

    /** A read-write connection for setting up tests; production code connects through atomic-source. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    @Override
    public String toString() {
        return "SourceDatabase[" + uri() + ", password=****]";
    }
}
