package org.atomic2dynamics.source.config;

import java.util.Locale;

/** Atomic CRM's toSlug (src/lib/toSlug.ts): lowercase, runs of anything but a-z0-9 become "-", trim "-". */
public final class Slugs {
    /** The same rule in SQL, as the 2026-02 migration applied it to stored labels. */
    public static final String SQL_TEMPLATE = "trim(both '-' from regexp_replace(lower(%s), '[^a-z0-9]+', '-', 'g'))";

    private Slugs() {
    }

    public static String toSlug(String label) {
        if (label == null) {
            return null;
        }
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    public static String sql(String expression) {
        return String.format(SQL_TEMPLATE, expression);
    }
}
