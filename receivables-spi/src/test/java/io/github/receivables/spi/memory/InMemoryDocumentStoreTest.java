package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.DocumentStoreContract;

class InMemoryDocumentStoreTest extends DocumentStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
