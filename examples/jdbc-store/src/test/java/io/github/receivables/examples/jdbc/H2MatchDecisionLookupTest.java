package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.MatchDecisionLookupContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link MatchDecisionLookupContract} on embedded H2. */
class H2MatchDecisionLookupTest extends MatchDecisionLookupContract {

    private static final TestDatabase DATABASE = TestDatabase.h2("kit_decision_lookups");

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
