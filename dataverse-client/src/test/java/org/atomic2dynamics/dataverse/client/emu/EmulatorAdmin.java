package org.atomic2dynamics.dataverse.client.emu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.atomic2dynamics.emulator.Emulator;

/**
 * The emulator's test-control endpoints under {@code /_emulator/} over HTTP: counters (requests, injected
 * faults), the request journal, and record snapshots with their comparison.
 */
public final class EmulatorAdmin {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Emulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();

    public EmulatorAdmin(Emulator emulator) {
        this.emulator = emulator;
    }

    /** {@code {"requests":…,"recordsWritten":…,"throttles":…,"faults":…}} */
    public JsonNode counters() {
        return call("GET", "counters");
    }

    /** The request journal: {@code {"requests":[{method,path,query,status,headers}],"dropped":…}}. */
    public JsonNode requests() {
        return call("GET", "requests");
    }

    public void snapshot(String name) {
        call("POST", "snapshot?name=" + name);
    }

    /** {@code {"unchanged":…,"created":[{table,id}],"updated":[…],"deleted":[…]}} since the snapshot. */
    public JsonNode compare(String name) {
        return call("GET", "compare?name=" + name);
    }

    private JsonNode call(String method, String path) {
        URI uri = emulator.baseUri().resolve("_emulator/" + path);
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
