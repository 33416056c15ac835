package org.atomic2dynamics.core.source;

/**
 * The generations of the Atomic CRM schema a migration meets (ATOMIC-CRM.md §6), oldest first. The
 * source reader presents every generation in the shape of {@link #CURRENT}, so the mapping is written once.
 */
public enum SchemaGeneration {
    /** init_db (2024-07): "contactNotes"/"dealNotes", "stateAbbr", contacts.email text, phone_1/phone_2 columns. */
    LEGACY_2024("2024-07 init_db", "20240730075029"),
    /** 2025-01: email_jsonb and phone_jsonb replace the scalar email and phone columns. */
    JSONB_2025("2025-01 email/phone jsonb", "20250109152531"),
    /** 2026-01-15: snake_case renames (contact_notes, deal_notes, state_abbr). Labels still stored as values. */
    SNAKE_CASE_2026("2026-01 snake_case renames", "20260115150819"),
    /** 2026-02-11: configuration table; sector/category/task type/note status slugified. */
    CONFIGURATION_2026("2026-02 configuration table and slugs", "20260211194545"),
    /** 2026-02-26 onwards (v1.5.0 and main): expected_closing_date is a date. */
    CURRENT("v1.5 / main", "20260226163952");

    private final String label;
    private final String firstMigration;

    SchemaGeneration(String label, String firstMigration) {
        this.label = label;
        this.firstMigration = firstMigration;
    }

    public String label() {
        return label;
    }

    /** The version of the upstream migration that starts this generation. */
    public String firstMigration() {
        return firstMigration;
    }

    /** Before 2026-02 enumerations were stored as labels and configured only in code. */
    public boolean storesLabels() {
        return compareTo(CONFIGURATION_2026) < 0;
    }
}
