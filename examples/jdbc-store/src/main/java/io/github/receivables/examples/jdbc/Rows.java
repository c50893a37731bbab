package io.github.receivables.examples.jdbc;

import io.github.receivables.core.money.Money;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OptimisticLockException;
import io.github.receivables.spi.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules shared by the stores: key checks of bulk inserts, versions, batches and money columns. */
final class Rows {

    /** The maximum number of keys one {@code IN (...)} list binds; both databases accept more. */
    static final int IN_LIST_SIZE = 500;

    private Rows() {}

    /**
     * Fails if a key repeats in a bulk insert's input.
     *
     * @param kind the row kind for the message, such as {@code "customer"}
     */
    static void requireDistinct(String kind, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new DuplicateKeyException(kind + " " + key + " repeats in the input");
            }
        }
    }

    /**
     * Returns which of the keys are stored.
     *
     * @param selectKeyWhereIn the query up to its IN list, such as {@code SELECT id FROM
     *     customers WHERE id IN (}
     */
    static List<String> findPresent(Connection connection, String selectKeyWhereIn,
            List<String> keys) throws SQLException {
        List<String> present = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_LIST_SIZE) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST_SIZE));
            String sql = selectKeyWhereIn + Sql.markers(chunk.size()) + ")";
            present.addAll(Sql.queryList(connection, sql, row -> row.getString(1), chunk));
        }
        return present;
    }

    /**
     * Fails if any of the keys is stored, naming them.
     *
     * @param kind the row kind for the message, such as {@code "customer"}
     */
    static void requireAbsent(Connection connection, String kind, String selectKeyWhereIn,
            List<String> keys) throws SQLException {
        List<String> present = findPresent(connection, selectKeyWhereIn, keys);
        if (!present.isEmpty()) {
            throw new DuplicateKeyException(kind + (present.size() == 1 ? " " : "s ")
                    + String.join(", ", present) + " already exist");
        }
    }

    /** Runs one statement for each parameter list as a JDBC batch. */
    static void batch(Connection connection, String sql, List<List<Object>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = Sql.prepare(connection, sql, rows.get(0))) {
            statement.addBatch();
            for (int i = 1; i < rows.size(); i++) {
                statement.clearParameters();
                Sql.bindAll(statement, rows.get(i));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Explains why an update guarded by {@code version = ?} changed no row.
     *
     * @param selectVersion the query of the row's version by key
     * @return a {@link NotFoundException} if the row is missing, else an {@link
     *     OptimisticLockException} naming both versions
     */
    static StoreException missedUpdate(Connection connection, String selectVersion, String kind,
            String key, long expectedVersion) throws SQLException {
        Optional<Long> stored = Sql.queryOne(connection, selectVersion, row -> row.getLong(1),
                List.of(key));
        if (stored.isEmpty()) {
            return new NotFoundException(kind + " " + key + " not found");
        }
        return new OptimisticLockException(kind + " " + key + " is at version " + stored.get()
                + ", not " + expectedVersion + ": read it again and reapply the change");
    }

    /** Reads money from a minor-units column and a currency column; null if the amount is. */
    static Money money(ResultSet row, String minorColumn, String currencyColumn)
            throws SQLException {
        Long minor = Sql.nullableLong(row, minorColumn);
        return minor == null ? null
                : Money.ofMinor(minor, Currency.getInstance(row.getString(currencyColumn).trim()));
    }

    /** Returns the minor units of money, or null. */
    static Long minor(Money money) {
        return money == null ? null : money.minorUnits();
    }

    /** Returns the currency code of money, or null. */
    static String currency(Money money) {
        return money == null ? null : money.currency().getCurrencyCode();
    }
}
