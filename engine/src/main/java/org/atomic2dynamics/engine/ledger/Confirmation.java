package org.atomic2dynamics.engine.ledger;

/** Who confirmed which version (hash) of a mapping file, and when. */
public record Confirmation(String mappingFile, String hash, String confirmedBy, String confirmedAt) {
}
