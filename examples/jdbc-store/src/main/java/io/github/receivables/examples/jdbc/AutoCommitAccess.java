package io.github.receivables.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * Runs each store operation in a transaction of its own on a connection taken for it: commit on
 * success, rollback on any failure, so a failed operation writes nothing.
 */
final class AutoCommitAccess implements Access {

    private final ConnectionSource connections;
    private final Runnable guard;

    /**
     * Creates the access.
     *
     * @param guard runs before each operation; throws if the calling thread may not use it
     */
    AutoCommitAccess(ConnectionSource connections, Runnable guard) {
        this.connections = connections;
        this.guard = guard;
    }

    @Override
    public <T> T run(String operation, Sql.Work<T> work) {
        guard.run();
        Connection connection = connections.open();
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            RuntimeException translated = SqlErrors.translate(operation, e);
            connections.rollbackQuietly(connection, operation, translated);
            throw translated;
        } catch (RuntimeException | Error e) {
            connections.rollbackQuietly(connection, operation, e);
            throw e;
        } finally {
            connections.close(connection);
        }
    }

    @Override
    public <T> Stream<T> stream(String operation, Sql.Work<PreparedStatement> query,
            Sql.RowMapper<T> mapper) {
        guard.run();
        Connection connection = connections.open();
        Runnable release = () -> {
            connections.rollbackQuietly(connection, operation, null);
            connections.close(connection);
        };
        PreparedStatement statement = null;
        ResultSet rows = null;
        try {
            statement = query.run(connection);
            statement.setFetchSize(connections.fetchSize());
            rows = statement.executeQuery();
            return ResultSetStream.of(statement, rows, mapper,
                    e -> SqlErrors.translate(operation, e), release);
        } catch (SQLException e) {
            ResultSetStream.closeAll(statement, rows, release);
            throw SqlErrors.translate(operation, e);
        } catch (RuntimeException | Error e) {
            ResultSetStream.closeAll(statement, rows, release);
            throw e;
        }
    }
}
