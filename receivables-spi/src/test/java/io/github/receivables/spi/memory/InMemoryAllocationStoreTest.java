package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.AllocationStoreContract;

class InMemoryAllocationStoreTest extends AllocationStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
