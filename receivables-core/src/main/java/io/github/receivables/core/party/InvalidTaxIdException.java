package io.github.receivables.core.party;

import io.github.receivables.core.ReceivablesException;

/** A text is not a valid tax identifier of the expected country. */
public final class InvalidTaxIdException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the rejected text, the reason and the expected form
     */
    public InvalidTaxIdException(String message) {
        super(message);
    }
}
