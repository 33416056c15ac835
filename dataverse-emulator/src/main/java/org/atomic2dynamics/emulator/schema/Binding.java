package org.atomic2dynamics.emulator.schema;

import org.atomic2dynamics.dataverse.model.ColumnDef;

/** A single-valued navigation property: the lookup column it sets and the table it points to. */
public record Binding(String navigationProperty, ColumnDef column, String targetTable) {
}
