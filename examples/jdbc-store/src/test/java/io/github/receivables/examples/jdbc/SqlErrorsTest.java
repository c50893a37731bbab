package io.github.receivables.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OptimisticLockException;
import io.github.receivables.spi.store.StoreUnavailableException;
import io.github.receivables.spi.store.TransactionAbortedException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    private static RuntimeException translate(String state) {
        return SqlErrors.translate("test.operation", new SQLException("driver text", state));
    }

    @Test
    void statesMapToSpiExceptions() {
        Map<String, Class<? extends RuntimeException>> expected = Map.ofEntries(
                Map.entry("23505", DuplicateKeyException.class),
                Map.entry("23503", NotFoundException.class),
                Map.entry("40001", ConflictException.class),
                Map.entry("40P01", ConflictException.class),
                Map.entry("08001", StoreUnavailableException.class),
                Map.entry("08006", StoreUnavailableException.class),
                Map.entry("57014", StoreUnavailableException.class),
                Map.entry("57P01", StoreUnavailableException.class),
                Map.entry("55P03", StoreUnavailableException.class),
                Map.entry("HYT00", StoreUnavailableException.class),
                Map.entry("90067", StoreUnavailableException.class),
                Map.entry("25P02", TransactionAbortedException.class),
                Map.entry("22001", IllegalArgumentException.class),
                Map.entry("42P01", JdbcStoreException.class),
                Map.entry("XX000", JdbcStoreException.class));
        expected.forEach((state, type) ->
                assertEquals(type, translate(state).getClass(), "SQL state " + state));
    }

    @Test
    void serializationFailureIsNotVersionConflict() {
        assertFalse(translate("40001") instanceof OptimisticLockException);
    }

    @Test
    void connectionExceptionTypesAreUnavailable() {
        assertInstanceOf(StoreUnavailableException.class, SqlErrors.translate("test.operation",
                new SQLTransientConnectionException("pool exhausted")));
        assertInstanceOf(StoreUnavailableException.class, SqlErrors.translate("test.operation",
                new SQLTimeoutException("statement timed out")));
    }

    @Test
    void translationKeepsDriverExceptionAsCause() {
        SQLException driver = new SQLException("duplicate key value", "23505");

        RuntimeException translated = SqlErrors.translate("customers.insert", driver);

        assertSame(driver, translated.getCause());
        assertTrue(translated.getMessage().startsWith("customers.insert"));
        assertFalse(translated.getMessage().contains("duplicate key value"),
                "the driver's text may quote row values and stays in the cause");
    }

    @Test
    void batchFailureReadsChainedState() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0,
                new int[0], null);
        batch.setNextException(new SQLException("duplicate", "23505"));

        assertTrue(SqlErrors.isUniqueViolation(batch));
        assertInstanceOf(DuplicateKeyException.class, SqlErrors.translate("test.batch", batch));
    }

    @Test
    void missingTableNamesMigrations() {
        RuntimeException translated = translate("42S02");

        assertInstanceOf(JdbcStoreException.class, translated);
        assertTrue(translated.getMessage().contains("migrate(true)"), translated.getMessage());
    }
}
