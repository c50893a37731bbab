package io.github.receivables.spi.store;

/**
 * An insert would create a second row with a key that must be unique, such as a document id or
 * a payment's external id. Nothing was written by the failed operation.
 */
public class DuplicateKeyException extends ConflictException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which key is already taken, in which store; never null
     */
    public DuplicateKeyException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the adapter's underlying failure.
     *
     * @param message which key is already taken, in which store; never null
     * @param cause the adapter's exception, such as a unique constraint violation; may be null
     */
    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
