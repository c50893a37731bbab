package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.ReminderOutboxConcurrencyContract;

class InMemoryReminderOutboxConcurrencyTest extends ReminderOutboxConcurrencyContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
