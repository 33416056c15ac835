package org.atomic2dynamics.emulator.metadata;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.atomic2dynamics.emulator.schema.AlternateKey;
import org.atomic2dynamics.emulator.schema.AlternateKeys;
import org.atomic2dynamics.emulator.store.Store;

/**
 * Builds alternate-key indexes asynchronously, as Dataverse's system job does: a new key stays Pending
 * for the configured delay, then becomes Active, or Failed when existing records already clash.
 */
public final class KeyActivator implements AutoCloseable {
    private final Store store;
    private final AlternateKeys keys;
    private final Duration delay;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "emulator-key-index");
        t.setDaemon(true);
        return t;
    });

    public KeyActivator(Store store, AlternateKeys keys, Duration delay) {
        this.store = store;
        this.keys = keys;
        this.delay = delay;
    }

    public void schedule(AlternateKey key) {
        scheduler.schedule(() -> activate(key), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Activates at once (used when reloading keys that were active before a restart). */
    public void activate(AlternateKey key) {
        if (keys.find(key.metadataId()).isEmpty()) {
            return;
        }
        boolean ok = store.activateKey(key.table(), key.schemaName(), key.attributes());
        keys.replace(key.withStatus(ok ? "Active" : "Failed"));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
