package org.atomic2dynamics.emulator.api;

import java.util.function.Function;
import org.atomic2dynamics.emulator.store.Tx;

/**
 * Where a request's writes go: a transaction of their own (a standalone request) or the enclosing one
 * (a changeset, which commits or rolls back all its requests together).
 */
@FunctionalInterface
public interface Writes {
    <T> T run(Function<Tx, T> work);

    /** Writes that join an open transaction. */
    static Writes within(Tx tx) {
        return new Writes() {
            @Override
            public <T> T run(Function<Tx, T> work) {
                return work.apply(tx);
            }
        };
    }
}
