package io.github.receivables.examples.jdbc;

import java.sql.PreparedStatement;
import java.util.stream.Stream;

/**
 * The path from a store operation to a connection: a transaction of its own (auto-commit mode of
 * the SPI) or the running transaction the operation joins.
 */
interface Access {

    /**
     * Runs work on a connection inside a transaction and returns its result. Failures come out as
     * SPI exceptions; a {@link java.sql.SQLException} is translated by {@link SqlErrors}.
     *
     * @param operation the operation's name for logs and messages, such as {@code
     *     "customers.insert"}
     */
    <T> T run(String operation, Sql.Work<T> work);

    /**
     * Opens a query whose rows are read as the stream is consumed, a fetch size at a time.
     * Closing the stream closes the result set and statement, and releases the connection unless
     * the stream belongs to a running transaction.
     */
    <T> Stream<T> stream(String operation, Sql.Work<PreparedStatement> query,
            Sql.RowMapper<T> mapper);
}
