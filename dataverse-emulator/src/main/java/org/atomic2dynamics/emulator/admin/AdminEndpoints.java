package org.atomic2dynamics.emulator.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.metadata.MetadataRegistry;
import org.atomic2dynamics.emulator.protection.ServiceProtection;
import org.atomic2dynamics.emulator.seed.Seeder;
import org.atomic2dynamics.emulator.store.Snapshot;

/**
 * The test-control endpoints under {@code /_emulator/} (no token needed): {@code POST reset},
 * {@code GET counters}, {@code GET state} (records per table), {@code GET requests} (the request journal),
 * {@code POST snapshot?name=x}, {@code GET compare?name=x} (created, updated and deleted records since the
 * snapshot) and {@code POST restore?name=x}.
 */
public final class AdminEndpoints {
    private final Backend backend;
    private final Counters counters;
    private final Seeder seeder;
    private final MetadataRegistry registry;
    private final ServiceProtection protection;
    private final RequestJournal journal;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    public AdminEndpoints(Backend backend, Counters counters, Seeder seeder, MetadataRegistry registry,
                          ServiceProtection protection, RequestJournal journal) {
        this.backend = backend;
        this.counters = counters;
        this.seeder = seeder;
        this.registry = registry;
        this.protection = protection;
        this.journal = journal;
    }

    public ApiResponse handle(ApiRequest req) {
        String name = req.queryOption("name") == null ? "default" : req.queryOption("name");
        return switch (req.method() + " " + req.path()) {
            case "POST reset" -> {
                reset();
                yield ApiResponse.of(204);
            }
            case "GET counters" -> json(200, counters());
            case "GET state" -> json(200, state());
            case "GET requests" -> json(200, journal.toJson());
            case "POST snapshot" -> {
                Snapshot s = backend.store().snapshot();
                snapshots.put(name, s);
                yield json(200, Json.object().put("name", name).put("records", s.size()));
            }
            case "GET compare" -> compare(name);
            case "POST restore" -> {
                Snapshot s = snapshots.get(name);
                if (s == null) {
                    yield json(404, Json.object().put("error", "no snapshot named " + name));
                }
                backend.store().restore(s);
                yield ApiResponse.of(204);
            }
            default -> json(404, Json.object().put("error", "no such emulator endpoint: " + req.method() + " /_emulator/"
                    + req.path()));
        };
    }

    /** Back to a freshly seeded environment: records, custom tables and columns, keys, counters, journal, snapshots. */
    public void reset() {
        backend.store().write(tx -> {
            backend.store().clear();
            backend.keys().clear();
            backend.schema().reset();
            registry.clear();
            return null;
        });
        counters.reset();
        protection.reset();
        journal.clear();
        snapshots.clear();
        seeder.seed();
    }

    private ObjectNode counters() {
        return Json.object().put("requests", counters.requests()).put("recordsWritten", backend.store().recordsWritten())
                .put("throttles", counters.throttles()).put("faults", counters.faults())
                .put("serverMillis", counters.serverNanos() / 1_000_000);
    }

    private ObjectNode state() {
        ObjectNode tables = Json.object();
        backend.store().tables().stream().filter(t -> backend.schema().find(t).isPresent()).sorted()
                .forEach(t -> tables.put(t, backend.store().count(t)));
        return Json.object().set("tables", tables);
    }

    private ApiResponse compare(String name) {
        Snapshot s = snapshots.get(name);
        if (s == null) {
            return json(404, Json.object().put("error", "no snapshot named " + name));
        }
        Snapshot.Diff diff = backend.store().diff(s);
        ObjectNode body = Json.object().put("name", name).put("unchanged", diff.isEmpty());
        changes(body.putArray("created"), diff.created());
        changes(body.putArray("updated"), diff.updated());
        changes(body.putArray("deleted"), diff.deleted());
        return json(200, body);
    }

    private static void changes(ArrayNode out, List<Snapshot.Change> changes) {
        changes.forEach(c -> out.addObject().put("table", c.table()).put("id", c.id().toString()));
    }

    private static ApiResponse json(int status, ObjectNode body) {
        return new ApiResponse(status, Map.of("Content-Type", "application/json"), Json.bytes(body));
    }
}
