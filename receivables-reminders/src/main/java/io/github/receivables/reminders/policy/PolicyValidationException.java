package io.github.receivables.reminders.policy;

import io.github.receivables.core.ReceivablesException;
import java.util.List;

/**
 * A reminder policy, policy file or contact rule set is invalid. The message lists every problem
 * found, each starting with the path of the field, such as {@code steps[2].offsetDays}.
 */
public final class PolicyValidationException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param source what was being read, such as a file name or a policy id; never null
     * @param problems the problems, each naming its field path; never empty
     */
    public PolicyValidationException(String source, List<String> problems) {
        super(source + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems found.
     *
     * @return each problem, starting with its field path; never empty
     */
    public List<String> problems() {
        return problems;
    }
}
