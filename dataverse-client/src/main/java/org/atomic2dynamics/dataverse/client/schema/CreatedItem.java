package org.atomic2dynamics.dataverse.client.schema;

/**
 * Something apply created, as the run ledger records it for a later {@code remove}. {@code id} is the
 * record or MetadataId when known (a LOOKUP's is its relationship's); {@code value} the option value for
 * OPTION_VALUE.
 */
public record CreatedItem(Kind kind, String table, String name, String id, Integer value) {

    public enum Kind { PUBLISHER, SOLUTION, OPTION_SET, OPTION_VALUE, TABLE, COLUMN, LOOKUP, KEY }
}
