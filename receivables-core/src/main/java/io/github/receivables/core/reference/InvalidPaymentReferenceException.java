package io.github.receivables.core.reference;

import io.github.receivables.core.ReceivablesException;

/** A text is not a valid structured payment reference. */
public final class InvalidPaymentReferenceException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the rejected text, the reason and the expected form
     */
    public InvalidPaymentReferenceException(String message) {
        super(message);
    }
}
