package io.github.receivables.spi.store;

/**
 * The store could not be reached or timed out, so the outcome of the operation is unknown to
 * the caller unless it ran inside a transaction (which is then rolled back). The caller may retry
 * later; every operation of the SDK's stores is safe to retry when it ran in a transaction that
 * failed this way.
 */
public class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be reached and what the caller may do; never null
     * @param cause the adapter's exception, such as a connection failure; may be null
     */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
