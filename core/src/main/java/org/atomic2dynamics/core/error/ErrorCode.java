package org.atomic2dynamics.core.error;

/**
 * Every failure the tool reports has one of these codes; each code owns one process exit code, so a
 * script driving a migration can tell "fix the password" from "fix the mapping" without parsing text.
 * The table is documented in docs/EXIT-CODES.md; keep both in step.
 */
public enum ErrorCode {
    USAGE(2, "the command line is not valid"),
    FINDINGS_NEED_DECISION(3, "the audit found things a person must decide"),
    SOURCE_UNREACHABLE(10, "the source database cannot be reached"),
    SOURCE_AUTH(11, "the source database refused the credentials"),
    SOURCE_NOT_ATOMIC(12, "the source database is not an Atomic CRM database"),
    SOURCE_ACCESS(13, "the source role cannot read what the migration needs"),
    SOURCE_READ(14, "reading the source failed"),
    TARGET_UNREACHABLE(20, "the Dataverse environment cannot be reached"),
    TARGET_AUTH(21, "the Dataverse environment refused the credentials"),
    TARGET_REJECTED(22, "the Dataverse environment rejected a request"),
    TARGET_SCHEMA_MISSING(23, "the Dataverse environment lacks columns the mapping needs"),
    MAPPING_INVALID(30, "the mapping file has problems"),
    MAPPING_UNCONFIRMED(31, "the mapping has not been confirmed"),
    MAPPING_CHANGED(32, "the mapping was edited after it was confirmed"),
    OWNERS_UNRESOLVED(33, "some record owners have no active Dynamics user"),
    RECORDS_REJECTED(34, "some records were rejected or held"),
    OUTPUT_NOT_WRITABLE(40, "the output location cannot be written"),
    INPUT_NOT_READABLE(41, "an input file cannot be read"),
    PORT_IN_USE(42, "the network port is already in use"),
    SECRET_MISSING(43, "a required secret is not set"),
    LEDGER(50, "the run ledger cannot be used"),
    INTERRUPTED(60, "the run was interrupted; it can be resumed"),
    INTERNAL(70, "an unexpected internal error");

    private final int exitCode;
    private final String meaning;

    ErrorCode(int exitCode, String meaning) {
        this.exitCode = exitCode;
        this.meaning = meaning;
    }

    public int exitCode() {
        return exitCode;
    }

    public String meaning() {
        return meaning;
    }
}
