package org.atomic2dynamics.demo.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs the project's SQL resources: Supabase's roles and environment, then Atomic CRM's migrations. */
public final class SchemaInstaller {
    private SchemaInstaller() {
    }

    /** The cluster-wide roles anon, authenticated, service_role; idempotent. */
    public static void installRoles(Connection c) throws SQLException {
        run(c, Migrations.BASE + "roles.sql");
    }

    /** The Supabase schemas Atomic CRM relies on: extensions, auth, storage, supabase_migrations. */
    public static void installEnvironment(Connection c) throws SQLException {
        run(c, Migrations.BASE + "supabase-environment.sql");
    }

    /**
     * Applies {@code migrations} in order; with {@code recordHistory} each is recorded in
     * supabase_migrations.schema_migrations as the Supabase CLI does.
     */
    public static void apply(Connection c, List<Migration> migrations, boolean recordHistory) throws SQLException {
        try (PreparedStatement record = c.prepareStatement(
                "insert into supabase_migrations.schema_migrations (version, name, statements) values (?, ?, ?)")) {
            for (Migration m : migrations) {
                String sql = run(c, m.resource());
                if (recordHistory) {
                    record.setString(1, m.version());
                    record.setString(2, m.name());
                    record.setArray(3, c.createArrayOf("text", new String[] {sql}));
                    record.executeUpdate();
                }
            }
        }
    }

    private static String run(Connection c, String resource) throws SQLException {
        String sql = read(resource);
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(resource + ": " + e.getMessage(), e.getSQLState(), e);
        }
        return sql;
    }

    private static String read(String resource) {
        try (InputStream in = SchemaInstaller.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
