package io.github.receivables.reconciliation.statement;

/**
 * Receives what a reader finds, in file order, so that a file of any size is processed in constant
 * memory. For each statement the reader calls {@link #startStatement} once, {@link #entry} once per
 * entry, then {@link #endStatement} once; {@link #warning} may come at any time.
 *
 * <p>An exception thrown by a handler method stops the read and propagates to the caller unchanged.
 */
public interface StatementHandler {

    /**
     * Receives the header of the next statement.
     *
     * @param header the statement header; never null
     */
    void startStatement(StatementHeader header);

    /**
     * Receives one entry of the current statement.
     *
     * @param entry the entry; never null
     */
    void entry(StatementEntry entry);

    /**
     * Receives the end of the current statement.
     *
     * @param trailer closing balances and the balance check; never null
     */
    void endStatement(StatementTrailer trailer);

    /**
     * Receives a departure from the standard that the reader accepted. Ignores it by default.
     *
     * @param warning what was unusual; never null
     */
    default void warning(ReaderWarning warning) {}
}
