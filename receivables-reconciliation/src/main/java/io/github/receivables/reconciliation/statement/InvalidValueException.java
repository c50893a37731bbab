package io.github.receivables.reconciliation.statement;

/** A field is syntactically present but its value is invalid, such as 30 February or a non-numeric amount. */
public final class InvalidValueException extends StatementException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param position where the problem is; never null
     * @param message what was found and what was expected; never null
     */
    public InvalidValueException(SourcePosition position, String message) {
        super(position, message, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param position where the problem is; never null
     * @param message what was found and what was expected; never null
     * @param cause the underlying failure; may be null
     */
    public InvalidValueException(SourcePosition position, String message, Throwable cause) {
        super(position, message, cause);
    }
}
