package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.PaymentStoreContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link PaymentStoreContract} on PostgreSQL, in a schema of its own. */
class PostgresPaymentStoreTest extends PaymentStoreContract {

    private static final TestDatabase DATABASE = TestDatabase.postgres("kit_payments");

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
