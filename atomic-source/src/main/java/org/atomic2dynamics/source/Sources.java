package org.atomic2dynamics.source;

import java.nio.file.Path;
import java.util.Map;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.connect.ConnectionSpec;
import org.atomic2dynamics.source.connect.ConnectionStrings;
import org.atomic2dynamics.source.connect.PasswordSource;
import org.atomic2dynamics.source.connect.SourceConnector;
import org.atomic2dynamics.source.connect.SourceSession;
import org.atomic2dynamics.source.read.PostgresSourceReader;

/**
 * The entry points other modules use: a connection string and where the password is (a file, or the
 * environment: A2D_SOURCE_PASSWORD, PGPASSWORD) in; a read-only session or a {@code SourceReader} out.
 */
public final class Sources {
    private Sources() {
    }

    public static SourceSession session(String connectionString, Path passwordFile, Map<String, String> environment) {
        ConnectionSpec spec = ConnectionStrings.parse(connectionString);
        return SourceConnector.open(spec, PasswordSource.resolve(passwordFile, environment));
    }

    /**
     * A reader in the current shape; {@code appConfiguration} (AppTsxParser.read of the instance's App.tsx)
     * may be null.
     */
    public static PostgresSourceReader reader(String connectionString, Path passwordFile,
            Map<String, String> environment, AppConfig appConfiguration) {
        return PostgresSourceReader.open(session(connectionString, passwordFile, environment), appConfiguration);
    }
}
