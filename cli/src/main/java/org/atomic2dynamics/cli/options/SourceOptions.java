package org.atomic2dynamics.cli.options;

import java.nio.file.Path;
import java.util.Map;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.source.Sources;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.config.tsx.AppTsxParser;
import org.atomic2dynamics.source.connect.SourceSession;
import picocli.CommandLine.Option;

/**
 * How to reach the Atomic CRM database, read-only (a picocli mixin). The password comes from PGPASSWORD,
 * A2D_SOURCE_PASSWORD or --source-password-file — never from the command line.
 */
public final class SourceOptions {

    @Option(names = "--source", required = true, paramLabel = "URL",
            description = "Postgres connection string: postgresql://user@host:5432/postgres, a Supabase pooler or"
                    + " direct string, or a JDBC URL (no password in it).")
    public String source;

    @Option(names = "--source-password-file", paramLabel = "FILE",
            description = "A file holding the database password (otherwise $A2D_SOURCE_PASSWORD or $PGPASSWORD).")
    public Path passwordFile;

    @Option(names = "--app-config", paramLabel = "FILE",
            description = "The instance's src/App.tsx (or CRM.tsx) whose <CRM> props hold the configuration of"
                    + " instances older than Feb 2026 or of forks.")
    public Path appConfig;

    public SourceReader open(Map<String, String> environment) {
        return Sources.reader(source, passwordFile, environment, appConfig());
    }

    /** A read-only session, for commands that query more than the reader offers (the audit). */
    public SourceSession session(Map<String, String> environment) {
        return Sources.session(source, passwordFile, environment);
    }

    /** The parsed --app-config, or null when not given. */
    public AppConfig appConfig() {
        return appConfig == null ? null : AppTsxParser.read(appConfig);
    }
}
