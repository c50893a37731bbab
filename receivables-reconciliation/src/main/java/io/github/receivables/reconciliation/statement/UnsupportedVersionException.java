package io.github.receivables.reconciliation.statement;

/** The file is of a format or version that no reader handles, such as an unknown camt namespace. */
public final class UnsupportedVersionException extends StatementException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param position where the problem is; never null
     * @param message what was found and what was expected; never null
     */
    public UnsupportedVersionException(SourcePosition position, String message) {
        super(position, message, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param position where the problem is; never null
     * @param message what was found and what was expected; never null
     * @param cause the underlying failure; may be null
     */
    public UnsupportedVersionException(SourcePosition position, String message, Throwable cause) {
        super(position, message, cause);
    }
}
