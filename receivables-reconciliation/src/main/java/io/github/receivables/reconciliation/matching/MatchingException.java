package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ReceivablesException;

/** Thrown when a bank line or a decision cannot be processed as requested. */
public class MatchingException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, on which line or item, and what to do; never null
     */
    public MatchingException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what failed, on which line or item, and what to do; never null
     * @param cause the underlying failure; may be null
     */
    public MatchingException(String message, Throwable cause) {
        super(message, cause);
    }
}
