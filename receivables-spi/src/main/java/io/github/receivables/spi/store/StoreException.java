package io.github.receivables.spi.store;

import io.github.receivables.core.ReceivablesException;

/**
 * Root of the failures a store reports. Adapters translate their own errors (SQL states, driver
 * exceptions) into one of the subclasses, so callers can react without knowing the adapter:
 *
 * <ul>
 *   <li>{@link NotFoundException}: a row the operation needs does not exist;
 *   <li>{@link ConflictException}: the row exists but not in the expected state, with the
 *       subclasses {@link DuplicateKeyException} and {@link OptimisticLockException};
 *   <li>{@link StoreUnavailableException}: the store could not be reached, so retry later;
 *   <li>{@link TransactionAbortedException}: a transaction was rolled back although its work
 *       returned normally.
 * </ul>
 *
 * <p>Messages name the keys involved and never contain personal data.
 */
public abstract class StoreException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, on which key, and what to do next; never null
     */
    protected StoreException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the adapter's underlying failure.
     *
     * @param message what failed, on which key, and what to do next; never null
     * @param cause the adapter's exception; may be null
     */
    protected StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
