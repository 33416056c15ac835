package org.atomic2dynamics.dataverse.client.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.dataverse.client.http.Endpoint;
import org.atomic2dynamics.dataverse.client.http.HttpCall;

/**
 * Writes a $batch body: multipart/mixed with CRLF line ends (bare LF makes Dataverse answer "Stream was not
 * readable"), each request an application/http part with an absolute URL, changesets as nested
 * multipart/mixed parts whose requests carry Content-IDs.
 */
public final class BatchCodec {
    private static final String CRLF = "\r\n";
    /** At most this many requests in one $batch (Dataverse's limit). */
    public static final int MAX_REQUESTS = 1000;

    private final Endpoint endpoint;

    public BatchCodec(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The $batch call itself: POST $batch with the multipart body. */
    public HttpCall encode(List<BatchItem> items, boolean continueOnError) {
        int total = items.stream().mapToInt(i -> i.calls().size()).sum();
        if (total > MAX_REQUESTS) {
            throw new IllegalArgumentException("a $batch holds at most " + MAX_REQUESTS + " requests, not " + total);
        }
        String boundary = "batch_" + UUID.randomUUID();
        StringBuilder out = new StringBuilder();
        int contentId = 0;
        for (BatchItem item : items) {
            out.append("--").append(boundary).append(CRLF);
            if (item instanceof BatchItem.ChangeSet) {
                String changeset = "changeset_" + UUID.randomUUID();
                out.append("Content-Type: multipart/mixed; boundary=").append(changeset).append(CRLF).append(CRLF);
                for (HttpCall call : item.calls()) {
                    out.append("--").append(changeset).append(CRLF);
                    part(out, call, String.valueOf(++contentId));
                }
                out.append("--").append(changeset).append("--").append(CRLF);
            } else {
                contentId++;
                part(out, item.calls().get(0), null);
            }
        }
        out.append("--").append(boundary).append("--").append(CRLF);
        HttpCall batch = new HttpCall("POST", "$batch", Map.of("Content-Type", "multipart/mixed; boundary=" + boundary),
                out.toString().getBytes(StandardCharsets.UTF_8));
        return continueOnError ? batch.withHeader("Prefer", "odata.continue-on-error") : batch;
    }

    private void part(StringBuilder out, HttpCall call, String contentId) {
        out.append("Content-Type: application/http").append(CRLF);
        out.append("Content-Transfer-Encoding: binary").append(CRLF);
        if (contentId != null) {
            out.append("Content-ID: ").append(contentId).append(CRLF);
        }
        out.append(CRLF);
        String url = call.path().startsWith("$") ? call.path() : endpoint.resolve(call.path()).toString();
        out.append(call.method()).append(' ').append(url).append(" HTTP/1.1").append(CRLF);
        call.headers().forEach((name, value) -> out.append(name).append(": ")
                .append(name.equalsIgnoreCase("Content-Type") && value.startsWith("application/json")
                        ? "application/json; type=entry" : value).append(CRLF));
        out.append(CRLF);
        if (call.hasBody()) {
            out.append(new String(call.body(), StandardCharsets.UTF_8));
        }
        out.append(CRLF);
    }
}
