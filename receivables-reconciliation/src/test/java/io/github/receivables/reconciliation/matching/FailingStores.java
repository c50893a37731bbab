package io.github.receivables.reconciliation.matching;

import io.github.receivables.spi.store.AllocationStore;
import io.github.receivables.spi.store.CustomerStore;
import io.github.receivables.spi.store.DocumentStore;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.PaymentAdjustmentStore;
import io.github.receivables.spi.store.PaymentStore;
import io.github.receivables.spi.store.ReminderOutboxStore;
import io.github.receivables.spi.store.StatementImportStore;
import io.github.receivables.spi.store.StoreUnavailableException;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.WriteOffStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Real stores whose match decision inserts (or updates) fail, inside transactions too, so a test
 * can check that a failure after the payment and allocations were written rolls them back, or
 * that no write happens after the writer's transaction.
 */
final class FailingStores implements Stores {

    private final Stores delegate;
    private final String failingMethod;

    private FailingStores(Stores delegate, String failingMethod) {
        this.delegate = delegate;
        this.failingMethod = failingMethod;
    }

    static Stores failDecisionInsert(Stores delegate) {
        return new FailingStores(delegate, "insert");
    }

    static Stores failDecisionUpdate(Stores delegate) {
        return new FailingStores(delegate, "update");
    }

    @Override
    public <T> T inTransaction(Function<? super Stores, ? extends T> work) {
        return delegate.inTransaction(tx -> work.apply(new FailingStores(tx, failingMethod)));
    }

    @Override
    public MatchDecisionStore matchDecisions() {
        MatchDecisionStore real = delegate.matchDecisions();
        return (MatchDecisionStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MatchDecisionStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals(failingMethod)) {
                        throw new StoreUnavailableException("decision " + failingMethod
                                + " failed on purpose", null);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public CustomerStore customers() {
        return delegate.customers();
    }

    @Override
    public DocumentStore documents() {
        return delegate.documents();
    }

    @Override
    public PaymentStore payments() {
        return delegate.payments();
    }

    @Override
    public AllocationStore allocations() {
        return delegate.allocations();
    }

    @Override
    public WriteOffStore writeOffs() {
        return delegate.writeOffs();
    }

    @Override
    public ReminderOutboxStore reminderOutbox() {
        return delegate.reminderOutbox();
    }

    @Override
    public StatementImportStore statementImports() {
        return delegate.statementImports();
    }

    @Override
    public PaymentAdjustmentStore paymentAdjustments() {
        return delegate.paymentAdjustments();
    }
}
