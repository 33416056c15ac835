package org.atomic2dynamics.demo.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.atomic2dynamics.demo.schema.SchemaInstaller;

/**
 * A real PostgreSQL 17 (zonky's Maven-delivered binaries) holding Atomic CRM databases. Starting takes a few
 * seconds, so one instance serves a whole test JVM or sandbox session; each distinct {@link DatabaseSpec} is
 * built once as a template, and databases are cloned from it with CREATE DATABASE ... TEMPLATE.
 * TCP connections need a password (scram-sha-256), so tests can prove a wrong password is refused.
 */
public final class EmbeddedSource implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String superuserPassword;
    private final Map<String, SourceDatabase> shared = new HashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private boolean closed;

    private EmbeddedSource(EmbeddedPostgres postgres, String superuserPassword) {
        this.postgres = postgres;
        this.superuserPassword = superuserPassword;
    }

    /** Starts a server with the Supabase roles and password authentication in place. */
    public static EmbeddedSource start() {
        try {
            Path dataDir = Files.createTempDirectory("a2d-embedded-pg");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200")
                    .start();
            String password = PasswordAuth.newPassword();
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                SchemaInstaller.installRoles(c);
                PasswordAuth.require(c, dataDir, SUPERUSER, password);
            }
            EmbeddedSource source = new EmbeddedSource(pg, password);
            PasswordAuth.awaitEnforced(source.superuser("postgres"));
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The superuser's way into {@code database}; Supabase's direct connection also logs in as postgres. */
    public SourceDatabase superuser(String database) {
        return new SourceDatabase(HOST, port(), database, SUPERUSER, superuserPassword);
    }

    /**
     * A database for {@code spec} shared by every caller in this JVM: read it, never change it. The standard
     * demo database is {@code database(DatabaseSpec.demo())}.
     */
    public synchronized SourceDatabase database(DatabaseSpec spec) {
        SourceDatabase db = shared.get(spec.templateName());
        if (db == null) {
            db = clone(spec, "shared_" + spec.templateName().substring(4));
            shared.put(spec.templateName(), db);
        }
        return db;
    }

    /** A new database of its own for {@code spec}: the caller may add columns, rows, roles' grants... */
    public synchronized SourceDatabase freshDatabase(DatabaseSpec spec) {
        return clone(spec, "db_" + counter.incrementAndGet());
    }

    /** An empty database with nothing of Supabase or Atomic CRM in it ("not an Atomic CRM database"). */
    public synchronized SourceDatabase plainDatabase() {
        String name = "plain_" + counter.incrementAndGet();
        execute("create database " + name);
        return superuser(name);
    }

    /** A login role with a password, member of {@code memberOf} (e.g. "authenticated", "service_role"). */
    public synchronized void createLoginRole(String name, String password, String... memberOf) {
        try (Connection c = superuser("postgres").connect(); Statement st = c.createStatement()) {
            st.execute("create role " + quoteIdent(name) + " login password " + quoteLiteral(password));
            for (String role : memberOf) {
                st.execute("grant " + quoteIdent(role) + " to " + quoteIdent(name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role " + name + ": " + e.getMessage(), e);
        }
    }

    private SourceDatabase clone(DatabaseSpec spec, String name) {
        String template = TemplateBuilder.ensure(this, spec);
        execute("create database " + quoteIdent(name) + " template " + quoteIdent(template));
        return superuser(name);
    }

    void execute(String sql) {
        try (Connection c = superuser("postgres").connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String quoteLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }
}
