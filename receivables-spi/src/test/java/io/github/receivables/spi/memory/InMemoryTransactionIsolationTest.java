package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.TransactionIsolationContract;

class InMemoryTransactionIsolationTest extends TransactionIsolationContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
