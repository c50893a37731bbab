package io.github.receivables.spi.store;

/**
 * A row exists but is not in the state the operation requires, such as an allocation that is
 * already reversed or an outbox record claimed by another dispatcher. Retrying the same operation
 * fails again; read the row again and decide anew.
 */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which key, the state found and the state required; never null
     */
    public ConflictException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the adapter's underlying failure.
     *
     * @param message which key, the state found and the state required; never null
     * @param cause the adapter's exception; may be null
     */
    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
