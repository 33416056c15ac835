package org.atomic2dynamics.mapping.convert;

import java.util.List;
import java.util.stream.Collectors;

/** Text helpers that never split a character: Dataverse counts UTF-16 units, so cuts respect surrogate pairs. */
public final class Texts {
    private Texts() {
    }

    /** The longest prefix of {@code text} of at most {@code max} UTF-16 units that ends on a whole character. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Subject and body of a free text: the first non-blank line, trimmed and cut to {@code max}; the whole text. */
    public static SubjectAndBody subjectAndBody(String text, int max) {
        if (text == null) {
            return new SubjectAndBody(null, null, false);
        }
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        String subject = cut(first, max);
        return new SubjectAndBody(subject, text, subject.length() < first.length());
    }

    public record SubjectAndBody(String subject, String body, boolean subjectCut) {
    }

    /** "First Last", either part may be missing; null when both are. */
    public static String fullName(String first, String last) {
        String name = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return name.isEmpty() ? null : name;
    }

    /** The elements of a list, one per line (a JSON array of links, a Postgres text[]). */
    public static String lines(List<?> values) {
        return values.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining("\n"));
    }

    /** Fills "{name}" placeholders: template("Status: {label}", "label", "Hot") → "Status: Hot". */
    public static String template(String template, String name, String value) {
        return template.replace("{" + name + "}", value);
    }
}
