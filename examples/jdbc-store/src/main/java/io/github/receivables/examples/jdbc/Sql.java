package io.github.receivables.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Statement helpers: parameter binding and the common query shapes. */
final class Sql {

    private Sql() {}

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work on a connection, run by an {@link Access}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Prepares a statement and binds its parameters. Instants are bound as UTC offset date-times
     * truncated to the microseconds the columns keep: the databases would otherwise round, and a
     * stored time rounded up could land after the instant a caller compares it with. Enums are
     * bound by name, and null as an untyped SQL NULL.
     */
    static PreparedStatement prepare(Connection connection, String sql, List<?> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bindAll(statement, params);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Binds parameters in order, converting values as {@link #prepare} describes. */
    static void bindAll(PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            bind(statement, i + 1, params.get(i));
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(
                    instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else {
            statement.setObject(index, value);
        }
    }

    /** Returns a parameter list that may hold nulls, unlike {@link List#of}. */
    static List<Object> params(Object... values) {
        List<Object> list = new ArrayList<>(values.length);
        Collections.addAll(list, values);
        return list;
    }

    /** Runs an insert, update or delete and returns the row count. */
    static int update(Connection connection, String sql, List<?> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** Runs a query expected to return at most one row. */
    static <T> Optional<T> queryOne(Connection connection, String sql, RowMapper<T> mapper,
            List<?> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
        }
    }

    /** Runs a query and maps every row. */
    static <T> List<T> queryList(Connection connection, String sql, RowMapper<T> mapper,
            List<?> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** Returns {@code count} comma-separated parameter markers. */
    static String markers(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Reads an instant column; null stays null. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Reads a date column; null stays null. */
    static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** Reads a BIGINT column that may be null. */
    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Reads an INTEGER column that may be null. */
    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
