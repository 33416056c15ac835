package org.atomic2dynamics.demo.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.atomic2dynamics.demo.data.DemoWriter;
import org.atomic2dynamics.demo.schema.Migrations;
import org.atomic2dynamics.demo.schema.SchemaInstaller;
import org.atomic2dynamics.demo.schema.SchemaShape;

/**
 * Builds, once per server, the template database a {@link DatabaseSpec} is cloned from. Templates build on
 * each other (schema with history → with data → without history), so each migration chain runs once.
 */
final class TemplateBuilder {
    private TemplateBuilder() {
    }

    /** Returns the template's name, building it (and the templates it starts from) first if needed. */
    static String ensure(EmbeddedSource server, DatabaseSpec spec) {
        String name = spec.templateName();
        if (exists(server, name)) {
            return name;
        }
        String base = null;
        if (!spec.recordHistory()) {
            base = ensure(server, new DatabaseSpec(spec.lastMigration(), true, spec.data()));
        } else if (spec.hasDemo()) {
            base = ensure(server, new DatabaseSpec(spec.lastMigration(), true, null));
        }
        server.execute("create database " + EmbeddedSource.quoteIdent(name)
                + (base == null ? "" : " template " + EmbeddedSource.quoteIdent(base)));
        try (Connection c = server.superuser(name).connect(); Statement st = c.createStatement()) {
            if (base == null) {
                SchemaInstaller.installEnvironment(c);
                SchemaInstaller.apply(c, Migrations.upTo(spec.lastMigration()), true);
            } else if (!spec.recordHistory()) {
                st.execute("truncate supabase_migrations.schema_migrations");
            } else {
                new DemoWriter(c, SchemaShape.after(spec.lastMigration())).write(spec.data().generate());
            }
            st.execute("analyze");
        } catch (SQLException e) {
            server.execute("drop database if exists " + EmbeddedSource.quoteIdent(name));
            throw new IllegalStateException("cannot build the Atomic CRM database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    private static boolean exists(EmbeddedSource server, String name) {
        try (Connection c = server.superuser("postgres").connect();
                PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the embedded databases: " + e.getMessage(), e);
        }
    }
}
