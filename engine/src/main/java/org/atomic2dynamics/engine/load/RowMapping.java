package org.atomic2dynamics.engine.load;

import org.atomic2dynamics.core.source.SourceRow;

/** A pure function from a source row to what should be written (no I/O). */
@FunctionalInterface
public interface RowMapping {
    Mapped map(SourceRow row);
}
