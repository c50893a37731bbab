package io.github.receivables.examples.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A database for one test class: an in-memory H2 database, or a schema of its own on the
 * PostgreSQL server named by {@code RECEIVABLES_PG_URL}. Both are reached through H2's small
 * connection pool ({@link JdbcConnectionPool}, at most 10 connections), because the kit's
 * concurrency tests run up to four threads at once and the stores take a connection per call.
 * The tables are migrated on first use and emptied after each test.
 */
final class TestDatabase implements AutoCloseable {

    /** The environment variable with the JDBC URL of the PostgreSQL test server. */
    static final String PG_URL_VARIABLE = "RECEIVABLES_PG_URL";

    private static final String[] TABLES_CHILDREN_FIRST = {"payment_adjustments", "write_offs",
        "allocations", "match_decision_payments", "match_decisions", "payer_rules",
        "statement_entries", "statement_imports", "reminder_outbox", "payments", "documents",
        "customers"};

    private static String postgresProblem;
    private static boolean postgresChecked;

    private final boolean postgres;
    private final String name;
    private final String h2Settings;
    private JdbcConnectionPool pool;
    private boolean migrated;

    private TestDatabase(boolean postgres, String name, String h2Settings) {
        this.postgres = postgres;
        this.name = name;
        this.h2Settings = h2Settings;
    }

    /** Returns an in-memory H2 database in its default mode. */
    static TestDatabase h2(String name) {
        return new TestDatabase(false, name, "");
    }

    /** Returns an in-memory H2 database with more URL settings, such as a compatibility mode. */
    static TestDatabase h2(String name, String settings) {
        return new TestDatabase(false, name, ";" + settings);
    }

    /** Returns a schema on the PostgreSQL test server, dropped and created anew on first use. */
    static TestDatabase postgres(String schema) {
        return new TestDatabase(true, schema, "");
    }

    /** Returns the pooled data source, opening it on first use. */
    synchronized DataSource dataSource() {
        if (pool == null) {
            pool = postgres ? openPostgres() : JdbcConnectionPool.create("jdbc:h2:mem:" + name
                    + h2Settings + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        }
        return pool;
    }

    /** Returns the schema the stores use: one per test class on PostgreSQL, none on H2. */
    String schema() {
        return postgres ? name : null;
    }

    /** Returns stores over the database, migrating it on the first call. */
    JdbcStores stores() {
        return stores(builder -> builder);
    }

    /** Returns stores with more settings, such as a clock; migrates on the first call. */
    synchronized JdbcStores stores(UnaryOperator<JdbcStores.Builder> settings) {
        JdbcStores.Builder builder = JdbcStores.builder(dataSource()).migrate(!migrated);
        if (postgres) {
            builder.schema(name);
        }
        JdbcStores stores = settings.apply(builder).build();
        migrated = true;
        return stores;
    }

    /** Returns how many connections the stores hold now. */
    synchronized int activeConnections() {
        return pool == null ? 0 : pool.getActiveConnections();
    }

    /** Returns a table name qualified with this database's schema, if it has one. */
    String table(String table) {
        return postgres ? "\"" + name + "\"." + table : table;
    }

    /** Deletes every row, children before parents; does nothing before first use. */
    synchronized void clear() {
        if (pool == null || !migrated) {
            return;
        }
        execute(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES_CHILDREN_FIRST) {
                    statement.executeUpdate("DELETE FROM " + table(table));
                }
            }
        });
    }

    /** Runs SQL on a connection of the pool with auto-commit on. */
    void execute(SqlAction action) {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(true);
            action.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed", e);
        }
    }

    /** SQL run by {@link #execute}. */
    @FunctionalInterface
    interface SqlAction {
        void run(Connection connection) throws SQLException;
    }

    @Override
    public synchronized void close() {
        if (pool == null) {
            return;
        }
        execute(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(postgres ? "DROP SCHEMA IF EXISTS \"" + name + "\" CASCADE"
                        : "SHUTDOWN");
            }
        });
        pool.dispose();
        pool = null;
        migrated = false;
    }

    private JdbcConnectionPool openPostgres() {
        String url = requirePostgres();
        PGConnectionPoolDataSource server = new PGConnectionPoolDataSource();
        server.setURL(url);
        JdbcConnectionPool postgresPool = JdbcConnectionPool.create(server);
        try (Connection connection = postgresPool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + name + "\" CASCADE");
        } catch (SQLException e) {
            postgresPool.dispose();
            throw new IllegalStateException("could not reset schema " + name, e);
        }
        return postgresPool;
    }

    /**
     * Returns the PostgreSQL URL, or ends the test: it fails when {@code CI=true} and is skipped
     * otherwise, with a message that says how to start the server.
     */
    static synchronized String requirePostgres() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (!postgresChecked) {
            postgresProblem = probe(url);
            postgresChecked = true;
        }
        if (postgresProblem != null) {
            String message = "PostgreSQL tests need a server: " + postgresProblem + ". Start one"
                    + " as CI does: bash -c '. .ci/postgres.sh; start_postgres; mvn -B -ntp -pl"
                    + " examples/jdbc-store -am verify'";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return url;
    }

    private static String probe(String url) {
        if (url == null || url.isBlank()) {
            return PG_URL_VARIABLE + " is not set";
        }
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url)) {
            return null;
        } catch (SQLException e) {
            return "no connection to " + PG_URL_VARIABLE + " (SQL state " + e.getSQLState() + ")";
        }
    }
}
