package io.github.receivables.spi.store;

/**
 * A transaction was rolled back although its work returned normally, because a store operation
 * inside it had failed with a {@link StoreException} (which the work caught) or a nested
 * transaction had ended with an exception. Nothing of the transaction was written.
 */
public class TransactionAbortedException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the transaction was rolled back; never null
     * @param cause the failure that made the transaction roll back; may be null
     */
    public TransactionAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
