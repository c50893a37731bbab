package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.TransactionAbortedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One database transaction on one connection, confined to the thread that started it. A store
 * operation that fails inside it makes it rollback-only: PostgreSQL aborts the transaction after
 * any failed statement, and rolling back on both databases keeps them alike. Argument checks
 * that fail before an operation reaches the database leave the transaction usable.
 */
final class JdbcTransaction implements Access {

    private final ConnectionSource connections;
    private final Connection connection;
    private final Thread owner = Thread.currentThread();
    private boolean active = true;
    private RuntimeException rollbackCause;

    JdbcTransaction(ConnectionSource connections) {
        this.connections = connections;
        this.connection = connections.open();
    }

    /** Runs the work, then commits, or rolls back and rethrows; always releases the connection. */
    <T> T execute(Stores view, Function<? super Stores, ? extends T> work) {
        try {
            T result;
            try {
                result = work.apply(view);
            } catch (RuntimeException | Error e) {
                active = false;
                connections.rollbackQuietly(connection, "transaction", e);
                throw e;
            }
            active = false;
            if (rollbackCause != null) {
                connections.rollbackQuietly(connection, "transaction", rollbackCause);
                throw new TransactionAbortedException("transaction rolled back: an operation"
                        + " inside it failed with " + rollbackCause.getClass().getSimpleName()
                        + ", which the work caught; let the exception propagate or retry the"
                        + " whole transaction", rollbackCause);
            }
            commit();
            return result;
        } finally {
            active = false;
            connections.close(connection);
        }
    }

    private void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            RuntimeException translated = SqlErrors.translate("transaction commit", e);
            connections.rollbackQuietly(connection, "transaction commit", translated);
            throw translated;
        }
    }

    /** Runs nested work in this transaction; an exception from it makes the whole rollback-only. */
    <T> T join(Stores view, Function<? super Stores, ? extends T> work) {
        requireUsable();
        try {
            return work.apply(view);
        } catch (RuntimeException e) {
            markRollbackOnly(e);
            throw e;
        }
    }

    @Override
    public <T> T run(String operation, Sql.Work<T> work) {
        requireUsable();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            RuntimeException translated = SqlErrors.translate(operation, e);
            markRollbackOnly(translated);
            throw translated;
        } catch (RuntimeException e) {
            markRollbackOnly(e);
            throw e;
        }
    }

    @Override
    public <T> Stream<T> stream(String operation, Sql.Work<PreparedStatement> query,
            Sql.RowMapper<T> mapper) {
        requireUsable();
        PreparedStatement statement = null;
        ResultSet rows = null;
        try {
            statement = query.run(connection);
            statement.setFetchSize(connections.fetchSize());
            rows = statement.executeQuery();
            return ResultSetStream.of(statement, rows, mapper, e -> {
                RuntimeException translated = SqlErrors.translate(operation, e);
                markRollbackOnly(translated);
                return translated;
            }, () -> { });
        } catch (SQLException e) {
            ResultSetStream.closeAll(statement, rows, () -> { });
            RuntimeException translated = SqlErrors.translate(operation, e);
            markRollbackOnly(translated);
            throw translated;
        }
    }

    private void markRollbackOnly(RuntimeException cause) {
        if (rollbackCause == null) {
            rollbackCause = cause;
        }
    }

    private void requireUsable() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("the Stores passed to a transaction's work belong to"
                    + " thread " + owner.getName() + "; use them only on that thread");
        }
        if (!active) {
            throw new IllegalStateException("the transaction has ended: use the Stores passed to"
                    + " a transaction's work only until the work returns");
        }
    }
}
