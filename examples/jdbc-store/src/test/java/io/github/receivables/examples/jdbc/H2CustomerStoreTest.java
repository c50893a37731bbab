package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.CustomerStoreContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link CustomerStoreContract} on embedded H2. */
class H2CustomerStoreTest extends CustomerStoreContract {

    private static final TestDatabase DATABASE = TestDatabase.h2("kit_customers");

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
