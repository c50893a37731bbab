package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.ReminderOutboxPayloadContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link ReminderOutboxPayloadContract} on embedded H2. */
class H2ReminderOutboxPayloadTest extends ReminderOutboxPayloadContract {

    private static final TestDatabase DATABASE = TestDatabase.h2("kit_outbox_payload");

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
