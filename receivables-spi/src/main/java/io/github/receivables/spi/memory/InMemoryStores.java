package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.AllocationStore;
import io.github.receivables.spi.store.CustomerStore;
import io.github.receivables.spi.store.DocumentStore;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.PaymentAdjustmentStore;
import io.github.receivables.spi.store.PaymentStore;
import io.github.receivables.spi.store.ReminderOutboxStore;
import io.github.receivables.spi.store.StatementImportStore;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.WriteOffStore;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every store in memory, for tests, examples and small hosts; it passes the conformance kit.
 * Data lives as long as the instance.
 *
 * <p>Thread-safe. One read-write lock guards all data: reads share it, and each write operation
 * or transaction holds it exclusively from start to end, so transactions run one at a time and
 * are serializable. A transaction writes to the tables directly and keeps undo actions, which a
 * rollback replays. Other threads cannot read while it runs, so they never see an uncommitted
 * write.
 * Streams are built from a copy taken under the lock, so they hold no lock.
 *
 * <p>Inside a transaction's work, use only the {@link Stores} passed to it: calling this
 * instance from the same thread throws {@link IllegalStateException}, because the exclusive lock
 * is already held.
 */
public final class InMemoryStores implements Stores {

    private final MemoryDatabase db = new MemoryDatabase();
    private final MemoryStoreSet stores = new MemoryStoreSet(db, new AutoCommitAccess(db.lock));

    private InMemoryStores() {}

    /**
     * Creates empty stores.
     *
     * @return new stores with no data
     */
    public static InMemoryStores create() {
        return new InMemoryStores();
    }

    @Override
    public <T> T inTransaction(Function<? super Stores, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        MemoryTransaction transaction = new MemoryTransaction(db.lock);
        return transaction.run(new TransactionalStores(db, transaction), work);
    }

    @Override
    public CustomerStore customers() {
        return stores.customers;
    }

    @Override
    public DocumentStore documents() {
        return stores.documents;
    }

    @Override
    public PaymentStore payments() {
        return stores.payments;
    }

    @Override
    public AllocationStore allocations() {
        return stores.allocations;
    }

    @Override
    public WriteOffStore writeOffs() {
        return stores.writeOffs;
    }

    @Override
    public PaymentAdjustmentStore paymentAdjustments() {
        return stores.paymentAdjustments;
    }

    @Override
    public ReminderOutboxStore reminderOutbox() {
        return stores.reminderOutbox;
    }

    @Override
    public StatementImportStore statementImports() {
        return stores.statementImports;
    }

    @Override
    public MatchDecisionStore matchDecisions() {
        return stores.matchDecisions;
    }
}
