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

/** Builds, once per server, the template database a {@link DatabaseSpec} is cloned from. */
final class TemplateBuilder {
    private TemplateBuilder() {
    }

    /** Returns the template's name, building it first if the server does not have it yet. */
    static String ensure(EmbeddedSource server, DatabaseSpec spec) {
        String name = spec.templateName();
        if (exists(server, name)) {
            return name;
        }
        server.execute("create database " + EmbeddedSource.quoteIdent(name));
        try (Connection c = server.superuser(name).connect(); Statement st = c.createStatement()) {
            SchemaInstaller.installEnvironment(c);
            SchemaInstaller.apply(c, Migrations.upTo(spec.lastMigration()), spec.recordHistory());
            if (spec.hasDemo()) {
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
