package org.atomic2dynamics.source.connect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * Parses the connection strings Supabase and PostgreSQL users have at hand: {@code postgresql://} and
 * {@code postgres://} URIs (as Supabase's "Connect" dialog shows them, direct or pooler), JDBC URLs, libpq
 * {@code key=value} strings, and a bare {@code host[:port][/database]}. A password written into the string is
 * refused: a command line ends up in shell history and process lists.
 */
public final class ConnectionStrings {
    static final String PASSWORD_HINT = "remove it from the connection string and set PGPASSWORD or"
            + " A2D_SOURCE_PASSWORD, or pass --source-password-file";

    private ConnectionStrings() {
    }

    public static ConnectionSpec parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            throw usage("the source connection string is empty", "pass --source postgresql://user@host:5432/postgres");
        }
        if (s.startsWith("jdbc:postgresql://")) {
            return uri(s.substring("jdbc:postgresql://".length()));
        }
        if (s.startsWith("postgresql://")) {
            return uri(s.substring("postgresql://".length()));
        }
        if (s.startsWith("postgres://")) {
            return uri(s.substring("postgres://".length()));
        }
        if (s.contains("://")) {
            throw usage("unsupported connection string scheme in '" + s.substring(0, s.indexOf("://") + 3) + "'",
                    "use a postgresql:// URI, a jdbc:postgresql:// URL or host:port/database");
        }
        return s.contains("=") ? keyValues(s) : hostPortDatabase(s, Map.of());
    }

    private static ConnectionSpec uri(String rest) {
        int query = rest.indexOf('?');
        Map<String, String> params = query < 0 ? new HashMap<>() : queryParams(rest.substring(query + 1));
        String authorityAndPath = query < 0 ? rest : rest.substring(0, query);
        int slash = authorityAndPath.indexOf('/');
        String authority = slash < 0 ? authorityAndPath : authorityAndPath.substring(0, slash);
        String path = slash < 0 ? "" : authorityAndPath.substring(slash);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            if (userInfo.contains(":")) {
                throw passwordInString();
            }
            params.put("user", decode(userInfo));
            authority = authority.substring(at + 1);
        }
        return hostPortDatabase(authority + path, params);
    }

    private static ConnectionSpec keyValues(String s) {
        Map<String, String> params = new HashMap<>();
        for (String pair : s.split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw usage("cannot read '" + pair + "' in the connection string", "write key=value pairs, e.g."
                        + " host=db.example.supabase.co port=5432 dbname=postgres user=postgres");
            }
            params.put(pair.substring(0, eq), pair.substring(eq + 1).replaceAll("^'|'$", ""));
        }
        String host = params.remove("host");
        if (host == null) {
            throw usage("the connection string has no host=", "add host=<server name>");
        }
        String port = params.remove("port");
        String db = params.remove("dbname");
        return hostPortDatabase(host + (port == null ? "" : ":" + port) + (db == null ? "" : "/" + db), params);
    }

    private static ConnectionSpec hostPortDatabase(String s, Map<String, String> given) {
        Map<String, String> params = new HashMap<>(given);
        if (params.containsKey("password")) {
            throw passwordInString();
        }
        int slash = s.indexOf('/');
        String hostPort = slash < 0 ? s : s.substring(0, slash);
        String database = slash < 0 || slash == s.length() - 1 ? "postgres" : decode(s.substring(slash + 1));
        String host = hostPort;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            host = hostPort.substring(1, close);
            port = hostPort.length() > close + 2 ? hostPort.substring(close + 2) : null;
        } else if (hostPort.contains(":")) {
            host = hostPort.substring(0, hostPort.indexOf(':'));
            port = hostPort.substring(hostPort.indexOf(':') + 1);
        }
        if (host.isBlank()) {
            throw usage("the connection string names no host", "pass --source postgresql://user@host:5432/postgres");
        }
        String user = params.remove("user");
        return new ConnectionSpec(host, port(port), database, user == null || user.isBlank() ? "postgres" : user,
                params);
    }

    private static int port(String port) {
        if (port == null || port.isBlank()) {
            return 5432;
        }
        try {
            int p = Integer.parseInt(port);
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw usage("'" + port + "' is not a port number", "write host:5432, or leave the port out for 5432");
    }

    private static Map<String, String> queryParams(String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static MigrationException passwordInString() {
        return usage("the source connection string contains a password", PASSWORD_HINT);
    }

    private static MigrationException usage(String message, String hint) {
        return new MigrationException(ErrorCode.USAGE, message, hint);
    }
}
