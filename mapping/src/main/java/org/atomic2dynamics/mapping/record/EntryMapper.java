package org.atomic2dynamics.mapping.record;

/** One compiled mapping entry: reads the row in {@code out} and writes its targets there. No I/O. */
@FunctionalInterface
interface EntryMapper {
    void apply(CompiledEntry entry, RecordOut out);
}
