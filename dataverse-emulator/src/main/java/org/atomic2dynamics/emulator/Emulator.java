package org.atomic2dynamics.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.atomic2dynamics.dataverse.model.ReferenceTables;
import org.atomic2dynamics.emulator.admin.AdminEndpoints;
import org.atomic2dynamics.emulator.admin.Counters;
import org.atomic2dynamics.emulator.admin.RequestJournal;
import org.atomic2dynamics.emulator.api.Urls;
import org.atomic2dynamics.emulator.auth.TokenEndpoint;
import org.atomic2dynamics.emulator.auth.TokenService;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.data.OrgIds;
import org.atomic2dynamics.emulator.http.HttpFront;
import org.atomic2dynamics.emulator.metadata.KeyActivator;
import org.atomic2dynamics.emulator.metadata.MetadataRegistry;
import org.atomic2dynamics.emulator.persist.StateFile;
import org.atomic2dynamics.emulator.protection.Faults;
import org.atomic2dynamics.emulator.protection.RequestPipeline;
import org.atomic2dynamics.emulator.protection.ServiceProtection;
import org.atomic2dynamics.emulator.schema.AlternateKeys;
import org.atomic2dynamics.emulator.schema.Schema;
import org.atomic2dynamics.emulator.seed.Seeder;
import org.atomic2dynamics.emulator.store.Store;

/**
 * A running local Dataverse Web API on {@code http://localhost:PORT/api/data/v9.2/}. Start it with
 * {@link #start(EmulatorSettings)}; {@link #close()} stops it.
 */
public final class Emulator implements AutoCloseable {
    /** Requests the journal keeps (GET /_emulator/requests). */
    private static final int JOURNAL_CAPACITY = 2000;

    private final EmulatorSettings settings;
    private final HttpServer server;
    private final ExecutorService pool;
    private final Backend backend;
    private final Counters counters;
    private final TokenService tokens;
    private final KeyActivator activator;
    private final StateFile state;
    private final MetadataRegistry registry;
    private final AdminEndpoints admin;
    private boolean closed;

    private Emulator(EmulatorSettings settings, HttpServer server, ExecutorService pool, Backend backend,
                     Counters counters, TokenService tokens, KeyActivator activator, StateFile state,
                     MetadataRegistry registry, AdminEndpoints admin) {
        this.settings = settings;
        this.server = server;
        this.pool = pool;
        this.backend = backend;
        this.counters = counters;
        this.tokens = tokens;
        this.activator = activator;
        this.state = state;
        this.registry = registry;
        this.admin = admin;
    }

    /** Back to a freshly seeded environment (what {@code POST /_emulator/reset} does). */
    public void reset() {
        admin.reset();
    }

    public static Emulator start(EmulatorSettings settings) {
        HttpServer server = bind(settings.port());
        String base = "http://localhost:" + server.getAddress().getPort() + "/";
        Clock clock = Clock.systemUTC();
        Backend backend = new Backend(new Schema(ReferenceTables.load()), new Store(), new AlternateKeys(), settings,
                OrgIds.forTenant(settings.tenant()), clock);
        TokenService tokens = new TokenService(settings.tenant(), settings.clients(), settings.open(), clock);
        Seeder seeder = new Seeder(backend, tokens);
        Counters counters = new Counters();
        Urls urls = new Urls(base + "api/data/v9.2/");
        MetadataRegistry registry = new MetadataRegistry();
        KeyActivator activator = new KeyActivator(backend.store(), backend.keys(), settings.keyActivationDelay());
        StateFile state = settings.dataDir() == null ? null : new StateFile(settings.dataDir());
        try {
            initialize(state, backend, registry, activator, seeder);
        } catch (RuntimeException e) {
            server.stop(0);
            activator.close();
            throw e;
        }
        ServiceProtection protection = new ServiceProtection(settings.limits(), clock);
        RequestPipeline pipeline = new RequestPipeline(Wiring.dispatcher(backend, urls, registry, activator, seeder),
                counters, protection, new Faults(settings.faults()), backend.store(), settings.latency(),
                settings.perRecordCost(), clock);
        RequestJournal journal = new RequestJournal(JOURNAL_CAPACITY, clock);
        AdminEndpoints admin = new AdminEndpoints(backend, counters, seeder, registry, protection, journal);
        server.createContext("/", new HttpFront(tokens, new TokenEndpoint(tokens, clock), pipeline::serve,
                admin::handle, journal::record, base));
        ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(pool);
        server.start();
        return new Emulator(settings, server, pool, backend, counters, tokens, activator, state, registry, admin);
    }

    /** Reloads the saved state when there is one, else seeds a fresh environment. */
    private static void initialize(StateFile state, Backend backend, MetadataRegistry registry, KeyActivator activator,
                                   Seeder seeder) {
        if (state != null && state.exists()) {
            for (var key : state.load(backend, registry)) {
                if (key.isActive()) {
                    activator.activate(key);
                } else {
                    activator.schedule(key);
                }
            }
            seeder.addMissingUsers();
            return;
        }
        if (state != null) {
            state.checkWritable();
        }
        seeder.seed();
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (BindException e) {
            throw new EmulatorException(EmulatorException.Reason.PORT_IN_USE, "port " + port + " is already in use", e);
        } catch (IOException e) {
            throw new EmulatorException(EmulatorException.Reason.INTERNAL, "cannot open port " + port + ": "
                    + e.getMessage(), e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "emulator-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://localhost:PORT/} */
    public URI baseUri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    /** {@code http://localhost:PORT/api/data/v9.2/} */
    public URI apiUri() {
        return baseUri().resolve("api/data/v9.2/");
    }

    /** {@code http://localhost:PORT/{tenant}/oauth2/v2.0/token} */
    public URI tokenUri() {
        return baseUri().resolve(settings.tenant() + "/oauth2/v2.0/token");
    }

    /**
     * A valid access token for an accepted client, as the token endpoint would issue it; saves tests the
     * token round trip.
     */
    public String accessToken(String clientId) {
        if (!settings.clients().containsKey(clientId)) {
            throw new IllegalArgumentException("client " + clientId + " is not accepted by this emulator");
        }
        return tokens.issue(clientId, baseUri().toString().replaceAll("/$", ""));
    }

    /** The systemuserid of a client's application user (the caller WhoAmI returns). */
    public java.util.UUID applicationUserId(String clientId) {
        return tokens.applicationUser(clientId);
    }

    public String tenant() {
        return settings.tenant();
    }

    public EmulatorSettings settings() {
        return settings;
    }

    /** Requests served so far (all Web API requests, throttled ones included). */
    public long requestCount() {
        return counters.requests();
    }

    /** Time spent executing Web API requests so far, without injected latency or per-record cost. */
    public java.time.Duration serverTime() {
        return java.time.Duration.ofNanos(counters.serverNanos());
    }

    /** Records created or updated so far. */
    public long recordsWritten() {
        return backend.store().recordsWritten();
    }

    /** Stops the server and, with a data directory, saves the state (idempotent). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        activator.close();
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (state != null) {
            state.save(backend, registry);
        }
    }
}
