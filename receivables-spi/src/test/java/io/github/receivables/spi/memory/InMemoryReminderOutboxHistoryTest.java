package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.ReminderOutboxHistoryContract;

class InMemoryReminderOutboxHistoryTest extends ReminderOutboxHistoryContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
