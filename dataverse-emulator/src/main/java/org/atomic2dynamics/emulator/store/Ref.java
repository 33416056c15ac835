package org.atomic2dynamics.emulator.store;

import java.util.UUID;

/** A stored lookup value: the table and id of the record it points to. */
public record Ref(String table, UUID id) {
}
