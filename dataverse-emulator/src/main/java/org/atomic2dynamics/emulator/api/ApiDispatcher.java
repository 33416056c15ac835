package org.atomic2dynamics.emulator.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a Web API request to an unbound operation (by the first segment's name) or to the entity set
 * handler, and answers every failure in Dataverse's error shape. Each standalone request's writes are one
 * transaction; a changeset passes its own {@link Writes}.
 */
public final class ApiDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);

    private final Backend backend;
    private final Map<String, Operation> operations;
    private final EntitySetHandler entitySets;

    public ApiDispatcher(Backend backend, Map<String, Operation> operations, EntitySetHandler entitySets) {
        this.backend = backend;
        this.operations = java.util.Collections.unmodifiableMap(operations); // a view: Wiring adds $batch last
        this.entitySets = entitySets;
    }

    public ApiResponse dispatch(ApiRequest req) {
        return handle(req, backend.store()::write);
    }

    public ApiResponse handle(ApiRequest req, Writes writes) {
        try {
            List<String> segments = Segments.split(req.path());
            if (segments.isEmpty()) {
                return ServiceDocument.response(backend);
            }
            Operation op = operations.get(Segments.name(segments.get(0)));
            return op != null ? op.handle(req, writes) : entitySets.handle(req, segments, writes);
        } catch (DataverseException e) {
            return error(e);
        } catch (RuntimeException e) {
            LOG.error("unexpected failure on {} {}", req.method(), req.path(), e);
            return error(new DataverseException(500, "0x80040216", "An unexpected error occurred."));
        }
    }

    public static ApiResponse error(DataverseException e) {
        return ApiResponse.json(e.status(), Json.error(e)).header("REQ_ID", UUID.randomUUID().toString());
    }
}
