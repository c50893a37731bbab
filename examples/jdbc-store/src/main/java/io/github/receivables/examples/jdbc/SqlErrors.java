package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.StoreUnavailableException;
import io.github.receivables.spi.store.TransactionAbortedException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates SQL failures into the SPI's exceptions by SQL state. Driver messages can quote row
 * values, which may be personal data, so they are logged at DEBUG only; WARN lines carry the SQL
 * state, the vendor code and the operation.
 */
final class SqlErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SqlErrors.class);

    /** Unique violation, in both databases. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Foreign key violation, in both databases. */
    static final String FOREIGN_KEY_VIOLATION = "23503";

    /** Serialization failure and deadlock: the database rolled the transaction back. */
    private static final Set<String> ROLLED_BACK = Set.of("40001", "40P01");

    /**
     * Lock and statement timeouts, cancellations, a server shutting down or out of resources, and
     * H2's broken connection and closed database.
     */
    private static final Set<String> UNAVAILABLE = Set.of("HYT00", "55P03", "57014", "57P01",
            "57P02", "57P03", "53000", "53100", "53200", "53300", "90067", "90098", "90121");

    /** A schema, table or column that the statement names does not exist. */
    private static final Set<String> SCHEMA_MISSING = Set.of("3F000", "42P01", "42703", "42S02",
            "42S03", "42S04", "42S22", "90079");

    /** PostgreSQL's state for a statement sent after an error in the same transaction. */
    private static final String IN_FAILED_TRANSACTION = "25P02";

    private SqlErrors() {}

    /** Tells whether the failure, or one chained to it, is a unique violation. */
    static boolean isUniqueViolation(SQLException e) {
        return hasState(e, UNIQUE_VIOLATION);
    }

    /** Tells whether the failure, or one chained to it, is a foreign key violation. */
    static boolean isForeignKeyViolation(SQLException e) {
        return hasState(e, FOREIGN_KEY_VIOLATION);
    }

    private static boolean hasState(SQLException e, String state) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (state.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the exception to throw for a SQL failure the stores did not handle themselves.
     *
     * @param operation what was running, such as {@code "customers.insert"}; no row values
     * @param e the failure
     * @return a {@link io.github.receivables.spi.store.StoreException} subclass, or an {@link
     *     IllegalArgumentException} for a value the column rejects
     */
    static RuntimeException translate(String operation, SQLException e) {
        String state = stateOf(e);
        RuntimeException translated = classify(operation, state, e);
        if (translated instanceof StoreUnavailableException
                || translated instanceof JdbcStoreException) {
            LOG.warn("{} failed with SQL state {} (vendor code {}, {})", operation, state,
                    e.getErrorCode(), e.getClass().getSimpleName());
        }
        LOG.debug("{} failed", operation, e);
        return translated;
    }

    private static RuntimeException classify(String operation, String state, SQLException e) {
        if (isConnectionFailure(e, state) || UNAVAILABLE.contains(state)) {
            return new StoreUnavailableException(operation + " could not reach the database or"
                    + " timed out (SQL state " + state + "): retry later", e);
        }
        if (ROLLED_BACK.contains(state)) {
            return new ConflictException(operation + " conflicted with a concurrent transaction"
                    + " and the database rolled it back (SQL state " + state + "); nothing was"
                    + " written: retry the whole transaction", e);
        }
        if (UNIQUE_VIOLATION.equals(state)) {
            return new DuplicateKeyException(operation + " found a unique key already stored"
                    + " (SQL state " + state + ")", e);
        }
        if (FOREIGN_KEY_VIOLATION.equals(state)) {
            return new NotFoundException(operation + " refers to a row that is not stored"
                    + " (SQL state " + state + ")", e);
        }
        if (IN_FAILED_TRANSACTION.equals(state)) {
            return new TransactionAbortedException(operation + " ran in a transaction that an"
                    + " earlier failure had already aborted: retry the whole transaction", e);
        }
        if (state != null && state.startsWith("22")) {
            return new IllegalArgumentException(operation + " was given a value its column"
                    + " rejects, such as a text longer than the column (SQL state " + state
                    + "): check the value's documented limits", e);
        }
        if (SCHEMA_MISSING.contains(state)) {
            return new JdbcStoreException(operation + " found no table or column it needs (SQL"
                    + " state " + state + "): run the migrations with"
                    + " JdbcStores.builder(dataSource).migrate(true)", e);
        }
        return new JdbcStoreException(operation + " failed with SQL state " + state, e);
    }

    private static boolean isConnectionFailure(SQLException e, String state) {
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException
                || e instanceof SQLTimeoutException
                || state != null && state.startsWith("08");
    }

    /** Returns the first SQL state set on the failure or the failures chained to it. */
    private static String stateOf(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null) {
                return next.getSQLState();
            }
        }
        return null;
    }
}
