package org.atomic2dynamics.source.connect;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the source database is, parsed from whatever connection string the user pasted. It never holds a
 * password: passwords come from the environment or a file ({@link PasswordSource}).
 */
public record ConnectionSpec(String host, int port, String database, String user, Map<String, String> parameters) {
    public static final int TRANSACTION_POOLER_PORT = 6543;

    public ConnectionSpec {
        parameters = Map.copyOf(new TreeMap<>(parameters));
    }

    /** The connection as it may be shown to anyone: no password, ever. */
    public String display() {
        return "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + database;
    }

    public boolean isLocal() {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /** Supabase's own hosts: a direct connection (db.<ref>.supabase.co) or the Supavisor pooler. */
    public String kind() {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".pooler.supabase.com")) {
            return port == TRANSACTION_POOLER_PORT ? "Supabase transaction pooler" : "Supabase session pooler";
        }
        if (h.startsWith("db.") && h.endsWith(".supabase.co")) {
            return "Supabase direct connection";
        }
        return isLocal() ? "local PostgreSQL" : "PostgreSQL";
    }

    /** sslmode as given, else require for remote hosts and disable for this machine. */
    public String sslMode() {
        String given = parameters.get("sslmode");
        return given != null ? given : isLocal() ? "disable" : "require";
    }

    public boolean isTransactionPooler() {
        return port == TRANSACTION_POOLER_PORT;
    }

    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }
}
