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

/** The stores a transaction's work receives; {@link #inTransaction} joins the transaction. */
final class TransactionalStores implements Stores {

    private final MemoryTransaction transaction;
    private final MemoryStoreSet stores;

    TransactionalStores(MemoryDatabase db, MemoryTransaction transaction) {
        this.transaction = transaction;
        this.stores = new MemoryStoreSet(db, transaction);
    }

    @Override
    public <T> T inTransaction(Function<? super Stores, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        return transaction.join(this, work);
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
