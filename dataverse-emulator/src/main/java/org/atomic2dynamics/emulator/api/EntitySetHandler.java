package org.atomic2dynamics.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.data.Crud;
import org.atomic2dynamics.emulator.data.EntityReader;
import org.atomic2dynamics.emulator.data.KeySegment;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.http.Prefer;
import org.atomic2dynamics.emulator.query.SelectParser;
import org.atomic2dynamics.emulator.query.Selection;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;

/** Requests on an entity set or one of its records: query, create, retrieve, update/upsert, delete. */
public final class EntitySetHandler {
    private final Backend backend;
    private final Crud crud;
    private final EntityReader reader;
    private final Urls urls;
    private final QueryHandler queries;
    private final BoundActions boundActions;

    public EntitySetHandler(Backend backend, Crud crud, Urls urls, BoundActions boundActions) {
        this.backend = backend;
        this.crud = crud;
        this.reader = new EntityReader(backend);
        this.urls = urls;
        this.queries = new QueryHandler(backend, reader, urls);
        this.boundActions = boundActions;
    }

    public ApiResponse handle(ApiRequest req, List<String> segments, Writes writes) {
        Optional<KeySegment> key = KeySegment.parse(segments.get(0));
        String set = key.map(KeySegment::entitySet).orElse(segments.get(0));
        EntityType type = backend.schema().byEntitySet(set).orElseThrow(() -> Errors.segmentNotFound(set));
        if (segments.size() == 1) {
            return key.isPresent() ? onRecord(req, type, key.get(), writes) : onSet(req, type, writes);
        }
        if (key.isEmpty() && segments.size() == 2) {
            return boundActions.handle(req, type, segments.get(1), writes);
        }
        if (key.isPresent()) {
            return PropertyRequests.handle(req, urls, crud, type, key.get(), segments.subList(1, segments.size()),
                    writes);
        }
        throw Errors.segmentNotFound(segments.get(1));
    }

    private ApiResponse onSet(ApiRequest req, EntityType type, Writes writes) {
        return switch (req.method()) {
            case "GET" -> queries.query(req, type);
            case "POST" -> create(req, type, writes);
            default -> throw Errors.methodNotAllowed(req.method());
        };
    }

    private ApiResponse onRecord(ApiRequest req, EntityType type, KeySegment key, Writes writes) {
        return switch (req.method()) {
            case "GET" -> retrieve(req, type, key);
            case "PATCH" -> upsert(req, type, key, writes);
            case "DELETE" -> {
                writes.run(tx -> crud.delete(tx, type, key));
                yield ApiResponse.of(204);
            }
            default -> throw Errors.methodNotAllowed(req.method());
        };
    }

    private ApiResponse create(ApiRequest req, EntityType type, Writes writes) {
        JsonNode body = Json.parse(req.body(), type.entitySet());
        Crud.Written w = writes.run(tx -> crud.create(tx, type, body, req.caller()));
        if (req.prefer().returnRepresentation()) {
            return representation(req, type, w.record(), 201)
                    .header("Location", urls.entity(type.entitySet(), w.record().id()));
        }
        return ApiResponse.of(204).header("OData-EntityId", urls.entity(type.entitySet(), w.record().id()));
    }

    private ApiResponse upsert(ApiRequest req, EntityType type, KeySegment key, Writes writes) {
        JsonNode body = Json.parse(req.body(), type.entitySet());
        Crud.Conditions when = new Crud.Conditions(condition(req, "If-Match"), condition(req, "If-None-Match"));
        Crud.Written w = writes.run(tx -> crud.upsert(tx, type, key, body, req.caller(), when));
        if (req.prefer().returnRepresentation()) {
            return representation(req, type, w.record(), w.created() ? 201 : 200);
        }
        return ApiResponse.of(204).header("OData-EntityId", urls.entity(type.entitySet(), w.record().id()));
    }

    private ApiResponse retrieve(ApiRequest req, EntityType type, KeySegment key) {
        Selection selection = SelectParser.parse(backend.schema(), type, req.queryOption("$select"),
                req.queryOption("$expand"));
        Record record = crud.retrieve(type, key);
        String ifNoneMatch = condition(req, "If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.equals(record.etag())) {
            return ApiResponse.of(304);
        }
        ObjectNode body = Json.object();
        body.put("@odata.context", urls.entityContext(type.entitySet(), selection, true));
        body.setAll(reader.write(type, record, selection, req.prefer()));
        return ApiResponse.json(200, Json.bytes(body)).header("ETag", record.etag());
    }

    private ApiResponse representation(ApiRequest req, EntityType type, Record record, int status) {
        Selection selection = SelectParser.parse(backend.schema(), type, req.queryOption("$select"),
                req.queryOption("$expand"));
        Prefer prefer = req.prefer();
        ObjectNode body = Json.object();
        body.put("@odata.context", urls.entityContext(type.entitySet(), selection, true));
        body.setAll(reader.write(type, record, selection, prefer));
        return ApiResponse.json(status, Json.bytes(body)).header("Preference-Applied", "return=representation")
                .header("ETag", record.etag());
    }

    /** A conditional header; the samples' {@code If-None-Match: null} means none. */
    private static String condition(ApiRequest req, String name) {
        return req.headers().get(name).map(String::trim).filter(v -> !v.isEmpty() && !v.equals("null")).orElse(null);
    }
}
