package io.github.receivables.reconciliation.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one run over a statement did, line by line.
 *
 * @param outcomes one outcome per line, in statement order; never null
 */
public record RunReport(List<LineOutcome> outcomes) {

    /**
     * Copies the outcomes.
     *
     * @throws NullPointerException if outcomes is null
     */
    public RunReport {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * Counts the lines per action.
     *
     * @return a count for every action, zero included; never null
     */
    public Map<LineOutcome.Action, Integer> counts() {
        Map<LineOutcome.Action, Integer> counts = new EnumMap<>(LineOutcome.Action.class);
        for (LineOutcome.Action action : LineOutcome.Action.values()) {
            counts.put(action, 0);
        }
        outcomes.forEach(o -> counts.merge(o.action(), 1, Integer::sum));
        return counts;
    }

    /**
     * Counts the lines a run changed something for: applied, queued, unmatched or reversed.
     *
     * @return the count; zero for a run over lines that were all decided before
     */
    public int changedCount() {
        int changed = 0;
        for (LineOutcome outcome : outcomes) {
            if (outcome.action() != LineOutcome.Action.ALREADY_DECIDED
                    && outcome.action() != LineOutcome.Action.NOT_APPLICABLE) {
                changed++;
            }
        }
        return changed;
    }
}
