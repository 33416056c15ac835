package org.atomic2dynamics.emulator.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.metadata.MetadataRegistry;
import org.atomic2dynamics.emulator.seed.Seeder;

/**
 * The test-control endpoints under {@code /_emulator/} (no token needed): {@code POST reset},
 * {@code GET counters}.
 */
public final class AdminEndpoints {
    private final Backend backend;
    private final Counters counters;
    private final Seeder seeder;
    private final MetadataRegistry registry;

    public AdminEndpoints(Backend backend, Counters counters, Seeder seeder, MetadataRegistry registry) {
        this.backend = backend;
        this.counters = counters;
        this.seeder = seeder;
        this.registry = registry;
    }

    public ApiResponse handle(ApiRequest req) {
        String route = req.method() + " " + req.path();
        return switch (route) {
            case "POST reset" -> reset();
            case "GET counters" -> json(counters());
            default -> new ApiResponse(404, Map.of("Content-Type", "application/json"),
                    Json.bytes(Json.object().put("error", "no such emulator endpoint: " + route)));
        };
    }

    private ApiResponse reset() {
        backend.store().write(tx -> {
            backend.store().clear();
            backend.keys().clear();
            backend.schema().reset();
            registry.clear();
            return null;
        });
        counters.reset();
        seeder.seed();
        return ApiResponse.of(204);
    }

    private ObjectNode counters() {
        return Json.object().put("requests", counters.requests()).put("recordsWritten", backend.store().recordsWritten())
                .put("throttles", counters.throttles()).put("faults", counters.faults());
    }

    private static ApiResponse json(ObjectNode body) {
        return new ApiResponse(200, Map.of("Content-Type", "application/json"), Json.bytes(body));
    }
}
