package io.github.receivables.examples.jdbc;

import org.junit.jupiter.api.AfterAll;

/** Runs {@link JdbcStoresCases} on embedded H2. */
class H2StoresTest extends JdbcStoresCases {

    private static final TestDatabase DATABASE = TestDatabase.h2("stores_cases");

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
