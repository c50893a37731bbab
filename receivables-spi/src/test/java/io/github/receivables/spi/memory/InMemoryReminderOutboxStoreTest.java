package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.ReminderOutboxStoreContract;

class InMemoryReminderOutboxStoreTest extends ReminderOutboxStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
