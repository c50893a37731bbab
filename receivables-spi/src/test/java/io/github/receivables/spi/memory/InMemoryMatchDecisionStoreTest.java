package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.MatchDecisionStoreContract;

class InMemoryMatchDecisionStoreTest extends MatchDecisionStoreContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
