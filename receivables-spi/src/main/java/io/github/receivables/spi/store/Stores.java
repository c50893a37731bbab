package io.github.receivables.spi.store;

/**
 * Every store the SDK needs, and the transaction boundary over them: the one object a host
 * implements (or takes from {@code InMemoryStores.create()}) and passes to the engines.
 *
 * <p>Called outside a transaction, each store operation is atomic on its own (auto-commit),
 * including the bulk ones. Inside {@link #inTransaction}, operations on the stores passed to the
 * work belong to that transaction. A host scopes one {@code Stores} to one tenant, for example
 * by a tenant column its adapter adds to every query.
 *
 * <p>Implementations are thread-safe, and each getter returns the same store every time.
 */
public interface Stores extends TransactionRunner {

    /**
     * Returns the customer store.
     *
     * @return the store; never null
     */
    CustomerStore customers();

    /**
     * Returns the document store.
     *
     * @return the store; never null
     */
    DocumentStore documents();

    /**
     * Returns the payment store.
     *
     * @return the store; never null
     */
    PaymentStore payments();

    /**
     * Returns the allocation store.
     *
     * @return the store; never null
     */
    AllocationStore allocations();

    /**
     * Returns the write-off store.
     *
     * @return the store; never null
     */
    WriteOffStore writeOffs();

    /**
     * Returns the store of payment adjustments: rounding and exchange gains, and payments the
     * bank returned.
     *
     * @return the store; never null
     */
    PaymentAdjustmentStore paymentAdjustments();

    /**
     * Returns the outbox of reminders to send and sent.
     *
     * @return the store; never null
     */
    ReminderOutboxStore reminderOutbox();

    /**
     * Returns the record of imported bank statements and entries.
     *
     * @return the store; never null
     */
    StatementImportStore statementImports();

    /**
     * Returns the store of match decisions and learned payer rules.
     *
     * @return the store; never null
     */
    MatchDecisionStore matchDecisions();
}
