package io.github.receivables.examples.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Runs {@link JdbcStoresCases} on PostgreSQL, in a schema of its own. */
class PostgresStoresTest extends JdbcStoresCases {

    private static final TestDatabase DATABASE = TestDatabase.postgres("stores_cases");

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
