package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.WriteOffStoreContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link WriteOffStoreContract} on PostgreSQL, in a schema of its own. */
class PostgresWriteOffStoreTest extends WriteOffStoreContract {

    private static final TestDatabase DATABASE = TestDatabase.postgres("kit_write_offs");

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
