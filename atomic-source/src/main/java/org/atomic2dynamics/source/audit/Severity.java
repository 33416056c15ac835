package org.atomic2dynamics.source.audit;

/**
 * How much a finding asks of the customer. DECISION: a person must choose before migrating (the audit exits
 * 3); WARNING: the migration handles it in a stated way, read it; INFO: inventory, nothing to do.
 */
public enum Severity {
    INFO, WARNING, DECISION
}
