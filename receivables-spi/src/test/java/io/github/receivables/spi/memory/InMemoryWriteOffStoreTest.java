package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.WriteOffStoreContract;

class InMemoryWriteOffStoreTest extends WriteOffStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
