package io.github.receivables.spi.memory;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The path from a store operation to the tables: on its own (auto-commit) or inside a running
 * transaction. Either way a failed write operation leaves no trace.
 */
interface Access {

    /** Runs a read. */
    <T> T read(Supplier<T> action);

    /** Runs a write, recording its undo actions in the log it is given. */
    <T> T write(Function<UndoLog, T> action);
}
