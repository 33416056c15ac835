package org.atomic2dynamics.source.audit;

/**
 * The stable codes of audit findings, grouped by section. Codes never change meaning; new ones are added.
 * docs/SOURCE.md lists them with their severities.
 */
public enum FindingCode {
    CONNECTION_TRANSACTION_POOLER("connection"),
    GENERATION_HISTORY_MISMATCH("generation"),
    SCHEMA_CUSTOM_COLUMN("schema"),
    SCHEMA_CUSTOM_TABLE("schema"),
    SCHEMA_CUSTOM_TABLE_LIMIT("schema"),
    SCHEMA_CUSTOM_TABLE_NO_INTEGER_KEY("schema"),
    SCHEMA_MISSING_TABLE("schema"),
    SCHEMA_MISSING_COLUMN("schema"),
    SCHEMA_TYPE_CHANGED("schema"),
    SCHEMA_NULLABILITY_CHANGED("schema"),
    SCHEMA_PRIMARY_KEY_CHANGED("schema"),
    SCHEMA_FOREIGN_KEY_MISSING("schema"),
    SCHEMA_FOREIGN_KEY_ADDED("schema"),
    SCHEMA_FOREIGN_KEY_CHANGED("schema"),
    SCHEMA_VIEW_MISSING("schema"),
    SCHEMA_VIEW_ADDED("schema"),
    SCHEMA_VIEW_CHANGED("schema"),
    CONFIG_FROM_DEFAULTS("configuration"),
    CONFIG_APP_IGNORED("configuration"),
    CONFIG_APP_VALUE_UNKNOWN("configuration"),
    CONFIG_VALUE_NOT_CONFIGURED("configuration"),
    STORAGE_INVENTORY("storage"),
    STORAGE_NOT_READABLE("storage"),
    STORAGE_DANGLING_REFERENCE("storage"),
    STORAGE_UNREFERENCED_OBJECT("storage"),
    STORAGE_FILE_OVER_LIMIT("storage"),
    STORAGE_FILE_OVER_BASE64_LIMIT("storage"),
    STORAGE_EXTERNAL_REFERENCE("storage"),
    ACCESS_TABLE_NOT_GRANTED("access"),
    ACCESS_RLS_HIDES_ROWS("access"),
    PROFILE_ORPHAN_OWNER("profile"),
    PROFILE_ORPHAN_DEAL_CONTACT("profile"),
    PROFILE_ORPHAN_CONTACT_TAG("profile"),
    PROFILE_DUPLICATE_COMPANY_DOMAIN("profile"),
    PROFILE_CONTACT_WITHOUT_LAST_NAME("profile"),
    PROFILE_INVALID_EMAIL("profile"),
    PROFILE_DATE_BEFORE_1753("profile"),
    AUDIT_QUERY_FAILED("audit");

    private final String section;

    FindingCode(String section) {
        this.section = section;
    }

    public String section() {
        return section;
    }
}
