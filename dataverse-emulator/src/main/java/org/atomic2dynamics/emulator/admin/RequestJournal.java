package org.atomic2dynamics.emulator.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.Json;

/**
 * The last Web API requests (DATAVERSE.md §9 item 10), for tests to assert what a client sent: method, path
 * and query, the answer's status (0 for a dropped connection) and the headers that change behaviour. The
 * Authorization header is never kept. Bounded: the oldest entries make room for new ones.
 */
public final class RequestJournal {
    /** The headers kept: request preferences, conditions, solution, consistency and the bypass switches. */
    static final List<String> HEADERS = List.of("Prefer", "If-Match", "If-None-Match", "MSCRM.SolutionUniqueName",
            "Consistency", "Content-Type", "MSCRM.BypassCustomPluginExecution", "MSCRM.BypassBusinessLogicExecution",
            "MSCRM.SuppressDuplicateDetection", "CallerObjectId", "MSCRMCallerID");

    /** One request as the journal keeps it. */
    public record Entry(Instant at, String method, String path, String query, int status, Map<String, String> headers) {
    }

    private final int capacity;
    private final Clock clock;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long dropped;

    public RequestJournal(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    public void record(ApiRequest req, int status) {
        Map<String, String> headers = new LinkedHashMap<>();
        HEADERS.forEach(h -> req.headers().get(h).ifPresent(v -> headers.put(h, v)));
        Entry e = new Entry(clock.instant(), req.method(), req.path(), req.rawQuery(), status, Map.copyOf(headers));
        synchronized (entries) {
            if (entries.size() == capacity) {
                entries.removeFirst();
                dropped++;
            }
            entries.addLast(e);
        }
    }

    public List<Entry> entries() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
            dropped = 0;
        }
    }

    ObjectNode toJson() {
        ObjectNode body = Json.object();
        ArrayNode out = body.putArray("requests");
        for (Entry e : entries()) {
            ObjectNode n = out.addObject().put("at", e.at().toString()).put("method", e.method()).put("path", e.path())
                    .put("query", e.query()).put("status", e.status());
            ObjectNode h = n.putObject("headers");
            e.headers().forEach(h::put);
        }
        synchronized (entries) {
            body.put("dropped", dropped);
        }
        return body;
    }
}
