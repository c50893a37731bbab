package io.github.receivables.spi.store;

/**
 * A row that an operation needs does not exist: the row to update, or a row that a new row
 * refers to (such as the document an allocation settles).
 */
public class NotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which key was not found, in which store; never null
     */
    public NotFoundException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the adapter's underlying failure.
     *
     * @param message which key was not found, in which store; never null
     * @param cause the adapter's exception, such as a foreign key violation; may be null
     */
    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
