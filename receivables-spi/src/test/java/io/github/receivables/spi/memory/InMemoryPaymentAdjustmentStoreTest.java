package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.PaymentAdjustmentStoreContract;

class InMemoryPaymentAdjustmentStoreTest extends PaymentAdjustmentStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
