package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.StatementImportStoreContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link StatementImportStoreContract} on embedded H2. */
class H2StatementImportStoreTest extends StatementImportStoreContract {

    private static final TestDatabase DATABASE = TestDatabase.h2("kit_statement_imports");

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
