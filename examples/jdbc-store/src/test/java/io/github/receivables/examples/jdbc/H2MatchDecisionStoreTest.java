package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.MatchDecisionStoreContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link MatchDecisionStoreContract} on embedded H2. */
class H2MatchDecisionStoreTest extends MatchDecisionStoreContract {

    private static final TestDatabase DATABASE = TestDatabase.h2("kit_match_decisions");

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
