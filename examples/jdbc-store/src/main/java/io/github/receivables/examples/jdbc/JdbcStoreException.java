package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.StoreException;

/**
 * A database failure that none of the SPI's store exceptions describes, such as a missing table
 * or a SQL state the stores do not expect. It points at a setup problem or a bug, so retrying the
 * same call fails again. The message names the operation and the SQL state. The cause is the
 * driver's exception, whose message may quote row values, so never log it above DEBUG.
 */
public class JdbcStoreException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the operation, the SQL state and what to do; never null
     * @param cause the driver's exception; may be null
     */
    public JdbcStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
