package org.atomic2dynamics.emulator.http;

import java.util.Locale;
import java.util.OptionalInt;

/** The parts of the {@code Prefer} header Dataverse honours. */
public record Prefer(boolean returnRepresentation, boolean continueOnError, OptionalInt maxPageSize,
                     String includeAnnotations) {

    public static Prefer parse(HeaderMap headers) {
        String raw = headers.get("Prefer").orElse("");
        boolean rep = false;
        boolean coe = false;
        OptionalInt page = OptionalInt.empty();
        String annotations = null;
        for (String part : raw.split(",")) {
            String p = part.trim();
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.equals("return=representation")) {
                rep = true;
            } else if (lower.equals("odata.continue-on-error")) {
                coe = true;
            } else if (lower.startsWith("odata.maxpagesize=")) {
                page = parsePage(p.substring(p.indexOf('=') + 1));
            } else if (lower.startsWith("odata.include-annotations=")) {
                annotations = p.substring(p.indexOf('=') + 1).replace("\"", "").trim();
            }
        }
        return new Prefer(rep, coe, page, annotations);
    }

    private static OptionalInt parsePage(String v) {
        try {
            int n = Integer.parseInt(v.trim());
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Whether annotations named like {@code name} were asked for ("*" and prefixes such as "OData.*"). */
    public boolean wantsAnnotation(String name) {
        if (includeAnnotations == null) {
            return false;
        }
        for (String pattern : includeAnnotations.split(",")) {
            String p = pattern.trim();
            if (p.equals("*") || p.equals(name) || (p.endsWith(".*") && name.startsWith(p.substring(0, p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
