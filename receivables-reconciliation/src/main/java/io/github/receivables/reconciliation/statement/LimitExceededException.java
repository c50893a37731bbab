package io.github.receivables.reconciliation.statement;

/** The file exceeds a configured {@link ReaderLimits} value; the reader stops before using more memory or time. */
public final class LimitExceededException extends StatementException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param position where the problem is; never null
     * @param message what was found and what was expected; never null
     */
    public LimitExceededException(SourcePosition position, String message) {
        super(position, message, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param position where the problem is; never null
     * @param message what was found and what was expected; never null
     * @param cause the underlying failure; may be null
     */
    public LimitExceededException(SourcePosition position, String message, Throwable cause) {
        super(position, message, cause);
    }
}
