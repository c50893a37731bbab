package io.github.receivables.reconciliation.statement;

import io.github.receivables.core.ReceivablesException;
import java.util.Objects;

/**
 * A statement file could not be read. Subclasses say why; every instance names the position in
 * the file and what the reader expected there.
 */
public abstract class StatementException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    /**
     * Creates the exception.
     *
     * @param position where the problem is; never null
     * @param message what was found and what was expected; never null
     * @param cause the underlying failure; may be null
     */
    protected StatementException(SourcePosition position, String message, Throwable cause) {
        super(Objects.requireNonNull(position, "position").describe() + ": " + message, cause);
        this.position = position;
    }

    /**
     * Returns where the problem is.
     *
     * @return the position; never null
     */
    public SourcePosition position() {
        return position;
    }
}
