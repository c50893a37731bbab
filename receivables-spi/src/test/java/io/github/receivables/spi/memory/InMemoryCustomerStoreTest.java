package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.CustomerStoreContract;

class InMemoryCustomerStoreTest extends CustomerStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
