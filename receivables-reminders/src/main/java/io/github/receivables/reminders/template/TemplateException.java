package io.github.receivables.reminders.template;

import io.github.receivables.core.ReceivablesException;

/**
 * A template is missing, cannot be compiled, or refers to a field the message model does not
 * have. Raised when the template is loaded, so a bad template never sends a message with a blank.
 */
public final class TemplateException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the template file, what is wrong and how to fix it
     */
    public TemplateException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the template file, what is wrong and how to fix it
     * @param cause the underlying failure
     */
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
