package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.ReminderOutboxHistoryContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link ReminderOutboxHistoryContract} on embedded H2. */
class H2ReminderOutboxHistoryTest extends ReminderOutboxHistoryContract {

    private static final TestDatabase DATABASE = TestDatabase.h2("kit_outbox_history");

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
