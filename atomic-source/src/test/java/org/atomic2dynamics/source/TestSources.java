package org.atomic2dynamics.source;

import java.util.Map;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.source.connect.SourceSession;
import org.atomic2dynamics.source.read.PostgresSourceReader;

/** Opens embedded databases the way a user would: a URI without password, the password in PGPASSWORD. */
public final class TestSources {
    private TestSources() {
    }

    public static SourceSession session(SourceDatabase db) {
        return Sources.session(db.uri(), null, Map.of("PGPASSWORD", db.password()));
    }

    public static PostgresSourceReader reader(SourceDatabase db) {
        return PostgresSourceReader.open(session(db));
    }
}
