package org.atomic2dynamics.demo.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The demo data set, Atomic CRM's own demo volumes by default (6 sales, 6 tags, 55 companies, 500 contacts,
 * 1,200 contact notes, 50 deals, 300 deal notes, 400 tasks). Deterministic: a fixed seed and a fixed
 * reference date instead of now(). {@code scale} multiplies every volume except sales and tags (owners and
 * tag options stay a handful, as in a real company). {@code auditSamples} adds the storage problems the audit
 * must find: a dangling attachment reference, an oversized file, a file too big once base64-encoded, and an
 * object no record references.
 */
public record DemoData(long seed, int scale, boolean auditSamples) {
    /** "Now" for the demo: every date is placed relative to it. */
    public static final OffsetDateTime REFERENCE_DATE = OffsetDateTime.of(2026, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC);
    public static final int SALES = 6;
    public static final int TAGS = 6;

    public DemoData {
        if (scale < 1) {
            throw new IllegalArgumentException("the demo scale must be at least 1, not " + scale);
        }
    }

    public static DemoData standard() {
        return new DemoData(20240730L, 1, false);
    }

    public DemoData scale(int factor) {
        return new DemoData(seed, factor, auditSamples);
    }

    public DemoData withAuditSamples() {
        return new DemoData(seed, scale, true);
    }

    public int companies() {
        return 55 * scale;
    }

    public int contacts() {
        return 500 * scale;
    }

    public int contactNotes() {
        return 1200 * scale;
    }

    public int deals() {
        return 50 * scale;
    }

    public int dealNotes() {
        return 300 * scale;
    }

    public int tasks() {
        return 400 * scale;
    }

    public DemoDataset generate() {
        return new DemoGenerator(this).generate();
    }

    /** Identifies the data set in database names. */
    public String key() {
        return "s" + seed + "x" + scale + (auditSamples ? "a" : "");
    }
}
