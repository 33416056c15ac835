package org.atomic2dynamics.emulator.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;

/**
 * Parses a multipart/mixed $batch body (OData 4.0 §11.7). Lines must end with CRLF: a body with bare LF
 * line endings is rejected the way Dataverse rejects it ("Stream was not readable").
 */
final class MultipartReader {
    private static final String CRLF = "\r\n";

    private MultipartReader() {
    }

    static List<BatchPart> read(String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.replace(CRLF, "").contains("\n")) {
            throw new DataverseException(400, "0x80048d19", "Stream was not readable.");
        }
        List<BatchPart> parts = new ArrayList<>();
        for (String part : split(text, boundary(contentType))) {
            int blank = part.indexOf(CRLF + CRLF);
            Map<String, String> headers = headers(blank < 0 ? part : part.substring(0, blank));
            String content = blank < 0 ? "" : part.substring(blank + 4);
            String type = headers.getOrDefault("content-type", "");
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
                List<BatchPart.Request> requests = new ArrayList<>();
                for (String inner : split(content, boundary(type))) {
                    int b = inner.indexOf(CRLF + CRLF);
                    Map<String, String> h = headers(b < 0 ? inner : inner.substring(0, b));
                    requests.add(request(h.get("content-id"), b < 0 ? "" : inner.substring(b + 4)));
                }
                parts.add(new BatchPart.Changeset(requests));
            } else {
                parts.add(request(headers.get("content-id"), content));
            }
        }
        return parts;
    }

    static String boundary(String contentType) {
        for (String p : contentType.split(";")) {
            String t = p.trim();
            if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                return t.substring(9).replace("\"", "");
            }
        }
        throw Errors.badRequest("The multipart body has no boundary in its Content-Type.");
    }

    /** The parts between {@code --boundary} delimiters, up to {@code --boundary--}. */
    private static List<String> split(String text, String boundary) {
        String delimiter = "--" + boundary;
        List<String> out = new ArrayList<>();
        int at = text.indexOf(delimiter);
        if (at < 0) {
            throw Errors.badRequest("The multipart body does not contain the boundary '" + boundary + "'.");
        }
        while (at >= 0) {
            int start = at + delimiter.length();
            if (text.startsWith("--", start)) {
                break;
            }
            int next = text.indexOf(CRLF + delimiter, start);
            String part = text.substring(start, next < 0 ? text.length() : next);
            out.add(part.startsWith(CRLF) ? part.substring(2) : part);
            at = next < 0 ? -1 : next + 2;
        }
        return out;
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : block.split(CRLF)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return out;
    }

    private static BatchPart.Request request(String contentId, String http) {
        int blank = http.indexOf(CRLF + CRLF);
        String head = blank < 0 ? http : http.substring(0, blank);
        String body = blank < 0 ? "" : http.substring(blank + 4);
        String[] lines = head.split(CRLF);
        String line = lines[0].trim();
        int first = line.indexOf(' ');
        int last = line.lastIndexOf(" HTTP/");
        if (first < 0) {
            throw Errors.badRequest("The batch part does not start with an HTTP request line.");
        }
        // The URL is everything between the method and the version, should a client leave spaces unencoded.
        String url = line.substring(first + 1, last > first ? last : line.length()).trim().replace(" ", "%20");
        Map<String, String> headers = headers(String.join(CRLF, Arrays.copyOfRange(lines, 1, lines.length)));
        return new BatchPart.Request(contentId, line.substring(0, first).toUpperCase(Locale.ROOT), url, headers,
                trimTrailing(body).getBytes(StandardCharsets.UTF_8));
    }

    private static String trimTrailing(String body) {
        String b = body;
        while (b.endsWith(CRLF)) {
            b = b.substring(0, b.length() - 2);
        }
        return b;
    }
}
