package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.StatementImportStoreContract;
import org.junit.jupiter.api.AfterAll;

/** Runs {@link StatementImportStoreContract} on PostgreSQL, in a schema of its own. */
class PostgresStatementImportStoreTest extends StatementImportStoreContract {

    private static final TestDatabase DATABASE = TestDatabase.postgres("kit_statement_imports");

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
