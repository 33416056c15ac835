package org.atomic2dynamics.engine.ledger;

/** A destination schema item the tool created (kind: publisher, solution, optionset, column, key...). */
public record SchemaOp(long seq, String runId, String kind, String name, String detail, String at) {
}
