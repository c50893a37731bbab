package io.github.receivables.reminders.dispatch;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a dispatch run.
 *
 * @param results one result per action or record handled, in order; never null
 * @param warnings template warnings (SMS segments, wording) by action key; never null
 */
public record DispatchReport(List<DispatchResult> results, List<String> warnings) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DispatchReport {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    /**
     * Counts the results of one kind.
     *
     * @param type the result type, such as {@code DispatchResult.Sent.class}; never null
     * @return how many results are of that type
     */
    public long count(Class<? extends DispatchResult> type) {
        Objects.requireNonNull(type, "type");
        return results.stream().filter(type::isInstance).count();
    }
}
