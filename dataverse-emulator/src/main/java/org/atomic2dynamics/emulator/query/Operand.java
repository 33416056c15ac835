package org.atomic2dynamics.emulator.query;

import java.util.function.Function;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.store.Record;

/** A property in a filter: how to read it from a record, and its column (for typing literals). */
record Operand(String name, ColumnDef column, boolean lookupValue, Function<Record, Object> read) {
}
