package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes connections from the host's data source, ready for an explicit transaction (auto-commit
 * off, read committed), and gives them back.
 */
final class ConnectionSource {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSource.class);

    private final DataSource dataSource;
    private final boolean setReadCommitted;
    private final int fetchSize;

    ConnectionSource(DataSource dataSource, boolean setReadCommitted, int fetchSize) {
        this.dataSource = dataSource;
        this.setReadCommitted = setReadCommitted;
        this.fetchSize = fetchSize;
    }

    /** Returns how many rows a streamed query reads per round trip. */
    int fetchSize() {
        return fetchSize;
    }

    /**
     * Opens a connection with auto-commit off.
     *
     * @throws StoreUnavailableException if the data source gives no connection
     */
    Connection open() {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            LOG.warn("no connection from the data source: SQL state {} ({})", e.getSQLState(),
                    e.getClass().getSimpleName());
            LOG.debug("connection failure", e);
            throw new StoreUnavailableException("could not get a database connection from the"
                    + " data source (SQL state " + e.getSQLState() + "): retry later", e);
        }
        try {
            connection.setAutoCommit(false);
            if (setReadCommitted) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw SqlErrors.translate("connection setup", e);
        }
    }

    /** Rolls back what the connection has not committed, logging a failure instead of throwing. */
    void rollbackQuietly(Connection connection, String operation, Throwable primary) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback after {} failed: SQL state {}", operation, e.getSQLState());
            LOG.debug("rollback failure", e);
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }

    /** Gives a connection back to the data source, logging a failure instead of throwing. */
    void close(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit before closing a connection", e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing a connection failed: SQL state {}", e.getSQLState());
            LOG.debug("close failure", e);
        }
    }
}
