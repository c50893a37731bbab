package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.ReaderWarning;

/**
 * Receives the documents of a sales register one by one, in file order, so that a register of
 * any size is read in constant memory. An exception thrown by a method stops the read and
 * reaches the caller of {@link RcvSalesReader#read} unchanged.
 */
@FunctionalInterface
public interface RcvHandler {

    /**
     * Receives the next document, with the other taxes of its continuation rows merged in.
     *
     * @param document the document; never null
     */
    void document(RcvDocument document);

    /**
     * Receives something the reader accepted but found unusual, such as a row with a number
     * and nothing else. Ignores it by default.
     *
     * @param warning what was unusual and what the reader did; never null
     */
    default void warning(ReaderWarning warning) {}
}
