package io.github.receivables.core;

/**
 * Root of every exception the SDK throws on purpose.
 *
 * <p>Subclasses are named for what failed. Messages name the offending value and where it came
 * from, and say what the caller can do; they never contain personal data such as names, emails,
 * phone numbers or account numbers.
 */
public class ReceivablesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed, on which value, and what to do next; never null
     */
    public ReceivablesException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the exception that caused it.
     *
     * @param message what failed, on which value, and what to do next; never null
     * @param cause the underlying failure; may be null
     */
    public ReceivablesException(String message, Throwable cause) {
        super(message, cause);
    }
}
