package org.atomic2dynamics.cli.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.demo.data.DemoData;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.SeedUser;
import org.atomic2dynamics.engine.owners.SourceOwner;
import org.atomic2dynamics.engine.owners.SourceOwners;
import org.atomic2dynamics.source.Sources;

/**
 * The demo's two servers: an embedded Postgres holding the Atomic CRM demo data and a Dataverse emulator
 * whose users match the demo's sales users — except that the next-to-last is disabled and the last is
 * missing, so owner reconciliation has something to do.
 */
public final class DemoEnvironment implements AutoCloseable {
    private final EmbeddedSource postgres;
    private final SourceDatabase database;
    private final Emulator emulator;
    private final List<SourceOwner> owners;

    private DemoEnvironment(EmbeddedSource postgres, SourceDatabase database, Emulator emulator,
            List<SourceOwner> owners) {
        this.postgres = postgres;
        this.database = database;
        this.emulator = emulator;
        this.owners = owners;
    }

    /** {@code emulatorState} keeps the emulator's records between runs (null: in memory only). */
    public static DemoEnvironment start(int scale, int emulatorPort, Path emulatorState) {
        EmbeddedSource postgres = EmbeddedSource.start();
        try {
            SourceDatabase db = postgres.database(DatabaseSpec.demo().withDemo(DemoData.standard().scale(scale)));
            List<SourceOwner> owners;
            try (SourceReader reader = openReader(db)) {
                owners = SourceOwners.owners(reader);
            }
            EmulatorSettings settings = EmulatorSettings.defaults().withPort(emulatorPort).withUsers(seedUsers(owners));
            Emulator emulator = Emulator.start(emulatorState == null ? settings : settings.withDataDir(emulatorState));
            return new DemoEnvironment(postgres, db, emulator, owners);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    static List<SeedUser> seedUsers(List<SourceOwner> owners) {
        List<SeedUser> users = new ArrayList<>();
        for (int i = 0; i < owners.size() - 1; i++) {
            SourceOwner o = owners.get(i);
            users.add(new SeedUser(o.email(), o.firstName(), o.lastName(), i == owners.size() - 2));
        }
        return users;
    }

    public SourceReader openReader() {
        return openReader(database);
    }

    private static SourceReader openReader(SourceDatabase db) {
        return Sources.reader(db.uri(), null, Map.of("PGPASSWORD", db.password()), null);
    }

    public SourceDatabase database() {
        return database;
    }

    public Emulator emulator() {
        return emulator;
    }

    /** The demo's fallback owner: the first sales user (the administrator), who is active in Dynamics. */
    public String fallbackOwner() {
        return owners.get(0).email();
    }

    @Override
    public void close() {
        try {
            emulator.close();
        } finally {
            postgres.close();
        }
    }
}
