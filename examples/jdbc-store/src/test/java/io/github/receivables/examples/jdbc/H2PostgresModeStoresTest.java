package io.github.receivables.examples.jdbc;

import org.junit.jupiter.api.AfterAll;

/**
 * Runs {@link JdbcStoresCases} on H2 in its PostgreSQL compatibility mode with lower-case
 * identifiers, the settings a host that shares SQL between both databases tends to pick.
 */
class H2PostgresModeStoresTest extends JdbcStoresCases {

    private static final TestDatabase DATABASE = TestDatabase.h2("stores_cases_pg_mode",
            "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
