package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.TransactionContract;

class InMemoryTransactionTest extends TransactionContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
