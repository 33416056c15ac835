package org.atomic2dynamics.emulator.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.emulator.http.ApiResponse;

/** Writes a $batch response: {@code batchresponse_<guid>} parts, changesets in {@code changesetresponse_<guid>}. */
final class MultipartWriter {
    private static final String CRLF = "\r\n";

    private final String boundary = "batchresponse_" + UUID.randomUUID();
    private final StringBuilder out = new StringBuilder();

    String contentType() {
        return "multipart/mixed; boundary=" + boundary;
    }

    /** A top-level response (or a failed changeset's single error response). */
    void response(String contentId, ApiResponse response) {
        out.append("--").append(boundary).append(CRLF);
        httpPart(out, contentId, response);
    }

    void changeset(List<String> contentIds, List<ApiResponse> responses) {
        String inner = "changesetresponse_" + UUID.randomUUID();
        out.append("--").append(boundary).append(CRLF);
        out.append("Content-Type: multipart/mixed; boundary=").append(inner).append(CRLF).append(CRLF);
        for (int i = 0; i < responses.size(); i++) {
            out.append("--").append(inner).append(CRLF);
            httpPart(out, contentIds.get(i), responses.get(i));
        }
        out.append("--").append(inner).append("--").append(CRLF);
    }

    private static void httpPart(StringBuilder out, String contentId, ApiResponse response) {
        out.append("Content-Type: application/http").append(CRLF);
        out.append("Content-Transfer-Encoding: binary").append(CRLF);
        if (contentId != null) {
            out.append("Content-ID: ").append(contentId).append(CRLF);
        }
        out.append(CRLF);
        out.append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append(CRLF);
        response.headers().forEach((k, v) -> out.append(k).append(": ").append(v).append(CRLF));
        out.append(CRLF);
        out.append(new String(response.body(), StandardCharsets.UTF_8)).append(CRLF);
    }

    byte[] finish() {
        out.append("--").append(boundary).append("--").append(CRLF);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 412 -> "Precondition Failed";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
