package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.PaymentAdjustmentStoreContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link PaymentAdjustmentStoreContract} on PostgreSQL, in a schema of its own. */
class PostgresPaymentAdjustmentStoreTest extends PaymentAdjustmentStoreContract {

    private static final TestDatabase DATABASE = TestDatabase.postgres("kit_payment_adjustments");

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
