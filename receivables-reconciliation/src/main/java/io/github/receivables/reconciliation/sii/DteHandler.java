package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.ReaderWarning;

/**
 * Receives the DTEs of a file one by one, in file order, so that an EnvioDTE of any size is read
 * in constant memory. An exception thrown by a method stops the read and reaches the caller of
 * {@link DteReader#read} unchanged.
 */
@FunctionalInterface
public interface DteHandler {

    /**
     * Receives the next DTE.
     *
     * @param document the DTE; never null
     */
    void document(DteDocument document);

    /**
     * Receives something the reader accepted but that departs from the SII schema, such as
     * totals computed from lines. Ignores it by default.
     *
     * @param warning what was unusual and what the reader did; never null
     */
    default void warning(ReaderWarning warning) {}
}
