package org.atomic2dynamics.dataverse.client.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.auth.AccessToken;

/**
 * Sends one call over java.net.http: HTTP/2 preferred, no cookie handler (so no ARRAffinity cookie pins us
 * to one web server), the standard OData headers, gzip accepted. No retries here; a lost connection or a
 * timeout becomes a retriable {@link DataverseException} with status 0.
 */
public final class Transport {
    static final Map<String, String> ODATA_HEADERS = Map.of(
            "Accept", "application/json",
            "OData-MaxVersion", "4.0",
            "OData-Version", "4.0",
            "If-None-Match", "null",
            "Accept-Encoding", "gzip");

    private final Endpoint endpoint;
    private final HttpClient http;
    private final Duration requestTimeout;

    public Transport(Endpoint endpoint, HttpClient.Version version, Duration requestTimeout) {
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
        // HttpClient has no cookie handler unless one is set: keep it that way.
        this.http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(30)).build();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public HttpAnswer send(HttpCall call, AccessToken token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(call.path())).timeout(requestTimeout);
        ODATA_HEADERS.forEach(b::header);
        call.headers().forEach(b::setHeader);
        b.setHeader("Authorization", "Bearer " + token.value().reveal());
        b.method(call.method(), call.hasBody() ? HttpRequest.BodyPublishers.ofByteArray(call.body())
                : HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpAnswer(r.statusCode(), r.headers(), decode(r));
        } catch (IOException | UncheckedIOException e) {
            throw DataverseException.noAnswer(call.toString(), e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(ErrorCode.INTERRUPTED, "interrupted during " + call, "run again to resume");
        }
    }

    private static byte[] decode(HttpResponse<byte[]> r) throws IOException {
        boolean gzip = r.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
        if (!gzip || r.body().length == 0) {
            return r.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            return in.readAllBytes();
        }
    }
}
