package org.atomic2dynamics.emulator.data;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.schema.AlternateKeys;
import org.atomic2dynamics.emulator.schema.Schema;
import org.atomic2dynamics.emulator.store.Store;

/** What request handling works on: the schema, the records, the keys, the options and the clock. */
public record Backend(Schema schema, Store store, AlternateKeys keys, EmulatorSettings settings, OrgIds org,
                      Clock clock) {

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
