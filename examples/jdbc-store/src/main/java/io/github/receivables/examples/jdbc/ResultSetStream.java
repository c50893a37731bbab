package io.github.receivables.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A sequential stream over an open result set that maps rows as they are consumed. */
final class ResultSetStream {

    private static final Logger LOG = LoggerFactory.getLogger(ResultSetStream.class);

    private ResultSetStream() {}

    /**
     * Returns a stream over the rows; closing it closes the result set and the statement, then
     * runs {@code afterClose}.
     *
     * @param failure turns a failure while reading into the exception to throw
     */
    static <T> Stream<T> of(PreparedStatement statement, ResultSet rows,
            Sql.RowMapper<T> mapper, Function<SQLException, RuntimeException> failure,
            Runnable afterClose) {
        Spliterator<T> rowsInOrder = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                try {
                    if (!rows.next()) {
                        return false;
                    }
                    action.accept(mapper.map(rows));
                    return true;
                } catch (SQLException e) {
                    throw failure.apply(e);
                }
            }
        };
        return StreamSupport.stream(rowsInOrder, false)
                .onClose(() -> closeAll(statement, rows, afterClose));
    }

    /** Closes the result set and statement, logging failures, then runs the last step. */
    static void closeAll(PreparedStatement statement, ResultSet rows, Runnable afterClose) {
        try {
            if (rows != null) {
                rows.close();
            }
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing a streamed query failed: SQL state {}", e.getSQLState());
            LOG.debug("close failure", e);
        } finally {
            afterClose.run();
        }
    }
}
