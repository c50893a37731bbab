package io.github.receivables.reconciliation.csv;

import io.github.receivables.core.ReceivablesException;
import java.util.List;

/**
 * A column mapping is inconsistent or cannot be read. {@link #problems()} lists each problem as
 * {@code field: what is wrong}, such as {@code amount: set either amount or debit and credit}.
 */
public final class InvalidMappingException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /** The problems, each as {@code field: message}. */
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param mappingName the mapping's name, or null when it has none yet
     * @param problems the problems, each naming its field; never empty
     */
    public InvalidMappingException(String mappingName, List<String> problems) {
        this(mappingName, problems, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param mappingName the mapping's name, or null when it has none yet
     * @param problems the problems, each naming its field; never empty
     * @param cause the underlying failure, such as a JSON syntax error; may be null
     */
    public InvalidMappingException(String mappingName, List<String> problems, Throwable cause) {
        super("invalid column mapping "
                + (mappingName == null ? "(unnamed)" : "'" + mappingName + "'")
                + ": " + String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems found.
     *
     * @return each problem as {@code field: message}; never empty
     */
    public List<String> problems() {
        return problems;
    }
}
