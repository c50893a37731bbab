package io.github.receivables.reminders.dispatch;

import io.github.receivables.core.ReceivablesException;

/** A planned action cannot be written to the outbox because no channel can carry it. */
public final class NotQueuedException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the action key, what is missing and what to fix
     */
    public NotQueuedException(String message) {
        super(message);
    }
}
