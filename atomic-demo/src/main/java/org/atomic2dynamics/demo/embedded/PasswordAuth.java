package org.atomic2dynamics.demo.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * zonky starts PostgreSQL with "trust" for everyone. A real Supabase database asks for a password, and tests
 * need a refused password, so once the server is up we give the superuser a password, switch TCP to
 * scram-sha-256 and reload.
 */
final class PasswordAuth {
    private static final String HBA = String.join("\n",
            "# Written by atomic2dynamics' EmbeddedSource: passwords over TCP, as on Supabase.",
            "local all all trust",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256",
            "");

    private PasswordAuth() {
    }

    static String newPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void require(Connection superuser, Path dataDir, String user, String password)
            throws SQLException, IOException {
        try (Statement st = superuser.createStatement()) {
            st.execute("set password_encryption = 'scram-sha-256'");
            st.execute("alter role " + EmbeddedSource.quoteIdent(user) + " password "
                    + EmbeddedSource.quoteLiteral(password));
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA);
            st.execute("select pg_reload_conf()");
        }
    }

    /** The reload is a signal: wait until a wrong password is really refused before anyone relies on it. */
    static void awaitEnforced(SourceDatabase probe) {
        SourceDatabase wrong = probe.as(probe.user(), "not-" + probe.password());
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Connection ignored = wrong.connect()) {
                sleep();
            } catch (SQLException refused) {
                return;
            }
        }
        throw new IllegalStateException("the embedded PostgreSQL still accepts any password after a reload");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedded PostgreSQL reloads", e);
        }
    }
}
