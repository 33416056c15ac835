package org.atomic2dynamics.dataverse.client.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * Reads a $batch answer. The boundary comes from the Content-Type (never assumed); nested changeset
 * answers and flat parts are both accepted; CRLF is expected but bare LF is tolerated.
 */
public final class BatchResponseParser {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS = Pattern.compile("^HTTP/\\d\\.\\d\\s+(\\d{3}).*");

    public BatchResponse parse(String contentType, String body) {
        List<BatchResponse.Entry> entries = new ArrayList<>();
        for (String part : split(body, boundary(contentType))) {
            Section section = section(part);
            String type = section.headers.getOrDefault("content-type", "");
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
                List<PartResponse> inner = new ArrayList<>();
                for (String p : split(section.content, boundary(type))) {
                    inner.add(response(section(p)));
                }
                entries.add(new BatchResponse.Entry(inner, true));
            } else {
                entries.add(new BatchResponse.Entry(List.of(response(section)), false));
            }
        }
        return new BatchResponse(entries);
    }

    static String boundary(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            throw malformed("the Content-Type '" + contentType + "' names no multipart boundary");
        }
        return m.group(1).trim();
    }

    /** The parts between "--boundary" delimiter lines, without the preamble and the epilogue. */
    static List<String> split(String body, String boundary) {
        String text = body.replace("\r\n", "\n");
        String delimiter = "--" + boundary;
        List<String> parts = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.equals(delimiter + "--")) {
                addPart(parts, current);
                return parts;
            }
            if (trimmed.equals(delimiter)) {
                addPart(parts, current);
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        throw malformed("the multipart body has no closing delimiter for boundary " + boundary);
    }

    private static void addPart(List<String> parts, StringBuilder part) {
        if (part != null) {
            // the line break before a delimiter belongs to the delimiter
            String text = part.toString();
            parts.add(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        }
    }

    private PartResponse response(Section part) {
        Section http = section(part.content);
        String statusLine = http.firstLine;
        Matcher m = STATUS.matcher(statusLine == null ? "" : statusLine);
        if (!m.matches()) {
            throw malformed("a $batch part has no HTTP status line");
        }
        return new PartResponse(part.headers.get("content-id"), Integer.parseInt(m.group(1)), http.headers,
                http.content.strip());
    }

    /** Headers up to the first blank line (after an optional start line), then the content. */
    private static Section section(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        String first = null;
        if (i < lines.length && lines[i].startsWith("HTTP/")) {
            first = lines[i++].strip();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        StringBuilder content = new StringBuilder();
        for (int j = i + 1; j < lines.length; j++) {
            content.append(lines[j]).append(j + 1 < lines.length ? "\n" : "");
        }
        return new Section(first, headers, content.toString());
    }

    private record Section(String firstLine, Map<String, String> headers, String content) {
    }

    private static MigrationException malformed(String what) {
        return new MigrationException(ErrorCode.TARGET_REJECTED, "the $batch answer cannot be read: " + what,
                "report this with the request journal; the records of this batch are sent again one by one");
    }
}
