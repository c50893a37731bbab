package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.WriteOffStoreContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link WriteOffStoreContract} on embedded H2. */
class H2WriteOffStoreTest extends WriteOffStoreContract {

    private static final TestDatabase DATABASE = TestDatabase.h2("kit_write_offs");

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }

    @Override
    protected Stores createStores() {
        return DATABASE.stores();
    }

    @Override
    protected void cleanUp(Stores used) {
        DATABASE.clear();
    }
}
