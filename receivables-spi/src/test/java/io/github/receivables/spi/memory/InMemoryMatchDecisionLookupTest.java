package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.MatchDecisionLookupContract;

class InMemoryMatchDecisionLookupTest extends MatchDecisionLookupContract {

    @Override
    protected Stores createStores() {
        return InMemoryStores.create();
    }
}
