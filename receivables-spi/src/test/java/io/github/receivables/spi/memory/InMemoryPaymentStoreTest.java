package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.PaymentStoreContract;

class InMemoryPaymentStoreTest extends PaymentStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
