package io.github.receivables.core.ledger;

import io.github.receivables.core.ReceivablesException;

/**
 * The ledger rejected an operation: an unknown id, an amount above what is open or unapplied, a
 * date out of order, or currencies or customers that do not match. The message names the ids and
 * amounts involved. A rejected operation leaves the ledger unchanged.
 */
public final class LedgerException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was rejected, on which ids and amounts, and what to do next
     */
    public LedgerException(String message) {
        super(message);
    }
}
