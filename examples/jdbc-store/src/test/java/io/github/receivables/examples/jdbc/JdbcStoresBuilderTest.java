package io.github.receivables.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.StoreUnavailableException;
import io.github.receivables.spi.testkit.TestData;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** Building {@link JdbcStores}: settings, migrations, schemas and an unreachable server. */
class JdbcStoresBuilderTest {

    private final TestData data = new TestData();
    private final JdbcConnectionPool pool = JdbcConnectionPool.create(
            "jdbc:h2:mem:builder;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");

    @AfterEach
    void dropDatabase() throws Exception {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        pool.dispose();
    }

    private int count(String sql) throws Exception {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void migrationRunsOnceAcrossBuilds() throws Exception {
        JdbcStores.create(pool);
        JdbcStores.create(pool).customers().insert(data.customer("C1"));

        assertEquals(1, count("SELECT COUNT(*) FROM \"" + Migrations.HISTORY_TABLE
                + "\" WHERE \"version\" = '1' AND \"success\""));
        assertEquals(1, count("SELECT COUNT(*) FROM customers"));
    }

    @Test
    void fileDatabaseKeepsRowsAcrossRestarts(@TempDir Path workDir) throws Exception {
        String url = "jdbc:h2:file:" + workDir.toAbsolutePath().resolve("receivables")
                + ";LOCK_TIMEOUT=10000";
        JdbcConnectionPool first = JdbcConnectionPool.create(url, "sa", "");
        JdbcStores.create(first).customers().insert(data.customer("C1"));
        first.dispose();

        JdbcConnectionPool second = JdbcConnectionPool.create(url, "sa", "");
        try {
            assertTrue(JdbcStores.create(second).customers().find(CustomerId.of("C1"))
                    .isPresent());
        } finally {
            try (Connection connection = second.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            second.dispose();
        }
    }

    @Test
    void schemasKeepTenantsApart() {
        JdbcStores tenantA = JdbcStores.builder(pool).schema("tenant_a").build();
        JdbcStores tenantB = JdbcStores.builder(pool).schema("tenant_b").build();

        tenantA.customers().insert(data.customer("C1"));

        assertTrue(tenantA.customers().find(CustomerId.of("C1")).isPresent());
        assertTrue(tenantB.customers().find(CustomerId.of("C1")).isEmpty());
    }

    @Test
    void unmigratedDatabaseNamesTheFix() {
        JdbcStores stores = JdbcStores.builder(pool).migrate(false).build();

        JdbcStoreException thrown = assertThrows(JdbcStoreException.class,
                () -> stores.customers().find(CustomerId.of("C1")));

        assertTrue(thrown.getMessage().contains("run the migrations"), thrown.getMessage());
    }

    @Test
    void unreachableServerIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:" + closedPort + "/none?connectTimeout=5");

        StoreUnavailableException thrown = assertThrows(StoreUnavailableException.class,
                () -> JdbcStores.create(nowhere));

        assertInstanceOf(java.sql.SQLException.class, thrown.getCause());
    }

    @Test
    void settingsRejectInvalidValues() {
        JdbcStores.Builder builder = JdbcStores.builder(pool);

        assertThrows(IllegalArgumentException.class, () -> builder.schema("Tenant"));
        assertThrows(IllegalArgumentException.class, () -> builder.schema("1tenant"));
        assertThrows(IllegalArgumentException.class, () -> builder.schema("a\"b"));
        assertThrows(IllegalArgumentException.class, () -> builder.fetchSize(0));
        assertThrows(IllegalArgumentException.class, () -> builder.fetchSize(10_001));
        assertThrows(NullPointerException.class, () -> builder.clock(null));
    }
}
