package io.github.receivables.examples.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The differences between the databases the stores run on: migration scripts, key order, JSON
 * parameters, insert-if-absent and row locking with {@code SKIP LOCKED}.
 */
enum Dialect {

    /** PostgreSQL 15 or later: key columns use {@code COLLATE "C"}. */
    POSTGRESQL("postgresql") {
        @Override
        String orderColumn(String keyColumn) {
            return keyColumn;
        }

        @Override
        Object orderKey(String key) {
            return key;
        }

        @Override
        String jsonParameter() {
            return "CAST(? AS JSONB)";
        }

        @Override
        boolean insertIfAbsent(Connection connection, String insertSql, List<?> params)
                throws SQLException {
            try (PreparedStatement statement =
                    Sql.prepare(connection, insertSql + " ON CONFLICT DO NOTHING", params)) {
                return statement.executeUpdate() == 1;
            }
        }

        @Override
        boolean limitsBeforeSkippingLocked() {
            return false;
        }
    },

    /**
     * H2 2.x: each ordered key has a generated {@code *_order} column with its UTF-8 bytes. H2
     * undoes only the failed statement of a transaction, so a caught unique violation leaves the
     * transaction usable.
     */
    H2("h2") {
        @Override
        String orderColumn(String keyColumn) {
            return keyColumn + "_order";
        }

        @Override
        Object orderKey(String key) {
            return key.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        String jsonParameter() {
            return "? FORMAT JSON";
        }

        @Override
        boolean insertIfAbsent(Connection connection, String insertSql, List<?> params)
                throws SQLException {
            try (PreparedStatement statement = Sql.prepare(connection, insertSql, params)) {
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        }

        @Override
        boolean limitsBeforeSkippingLocked() {
            return true;
        }
    };

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /**
     * Detects the dialect of a connection's database.
     *
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     */
    static Dialect of(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String product = metaData.getDatabaseProductName();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new IllegalArgumentException("database '" + product + "' is not supported: use"
                + " H2 2.x or PostgreSQL 15 or later, or add a dialect for it");
    }

    /** Returns the Flyway location of this database's migration scripts. */
    String migrationLocation() {
        return "classpath:db/receivables/" + folder;
    }

    /** Returns the column that orders rows by a key in Unicode code point order. */
    abstract String orderColumn(String keyColumn);

    /** Returns the parameter value to compare with {@link #orderColumn} for a key. */
    abstract Object orderKey(String key);

    /** Returns the SQL of a parameter that takes JSON text. */
    abstract String jsonParameter();

    /**
     * Runs an insert of one row and reports whether it inserted, or found a unique key taken.
     * Never leaves the transaction unusable.
     */
    abstract boolean insertIfAbsent(Connection connection, String insertSql, List<?> params)
            throws SQLException;

    /**
     * Tells whether {@code LIMIT n FOR UPDATE SKIP LOCKED} takes the first n rows before it skips
     * the locked ones, and so may return fewer rows than are free. H2 2.3.232 does, as a test
     * with two connections showed; PostgreSQL skips first.
     */
    abstract boolean limitsBeforeSkippingLocked();
}
