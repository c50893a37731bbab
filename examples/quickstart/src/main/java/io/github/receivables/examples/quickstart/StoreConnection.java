package io.github.receivables.examples.quickstart;

import io.github.receivables.examples.jdbc.JdbcStores;
import io.github.receivables.spi.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The store of a run: the SDK's JDBC store over embedded H2 (the default) or PostgreSQL, with
 * its schema migrated on open.
 */
final class StoreConnection implements AutoCloseable {

    /** The default store: an embedded H2 database in ./quickstart-data. */
    static final String DEFAULT_URL = "jdbc:h2:file:./quickstart-data/receivables";

    private final JdbcConnectionPool pool;
    private final Stores stores;
    private final String description;

    private StoreConnection(JdbcConnectionPool pool, Stores stores, String description) {
        this.pool = pool;
        this.stores = stores;
        this.description = description;
    }

    /**
     * Opens the store, clearing it first when asked.
     *
     * @param url an H2 or PostgreSQL JDBC URL; never null
     * @param reset whether to drop everything in the database first (H2 only)
     * @return the open store; never null
     * @throws InputFileException if the URL is of another database, or reset is asked for a
     *     PostgreSQL database
     * @throws io.github.receivables.spi.store.StoreUnavailableException if the database cannot
     *     be reached
     */
    static StoreConnection open(String url, boolean reset) {
        String lower = url.toLowerCase(Locale.ROOT);
        JdbcConnectionPool pool;
        if (lower.startsWith("jdbc:h2:")) {
            pool = JdbcConnectionPool.create(url, "sa", "");
        } else if (lower.startsWith("jdbc:postgresql:")) {
            if (reset) {
                throw new InputFileException("--reset", "clears only H2 stores; drop the"
                        + " PostgreSQL schema yourself");
            }
            PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
            source.setURL(url);
            pool = JdbcConnectionPool.create(source);
        } else {
            throw new InputFileException("--jdbc-url", "'" + masked(url) + "' is neither an H2"
                    + " (jdbc:h2:) nor a PostgreSQL (jdbc:postgresql:) URL");
        }
        try {
            if (reset) {
                dropAll(pool);
            }
            Stores stores = JdbcStores.builder(pool).clock(Clock.systemUTC()).build();
            return new StoreConnection(pool, stores, masked(url));
        } catch (RuntimeException e) {
            pool.dispose();
            if (lower.startsWith("jdbc:h2:") && hasSqlState(e, H2_ALREADY_OPEN)) {
                throw new IllegalStateException("the H2 store " + masked(url) + " is open in"
                        + " another process, such as a second quickstart run; wait for it to"
                        + " end or give another --jdbc-url", e);
            }
            throw e;
        }
    }

    /** H2's SQL state for a database file that another process has open. */
    private static final String H2_ALREADY_OPEN = "90020";

    private static boolean hasSqlState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void dropAll(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear the H2 store: " + e.getMessage(), e);
        }
    }

    /** Hides a password given in the URL, such as {@code password=secret}. */
    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    Stores stores() {
        return stores;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
