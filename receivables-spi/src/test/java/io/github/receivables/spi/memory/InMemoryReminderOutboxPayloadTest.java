package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.ReminderOutboxPayloadContract;

class InMemoryReminderOutboxPayloadTest extends ReminderOutboxPayloadContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
