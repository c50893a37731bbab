package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.StatementImportStoreContract;

class InMemoryStatementImportStoreTest extends StatementImportStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
