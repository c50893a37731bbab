package io.github.receivables.reconciliation.matching;

import java.util.List;
import java.util.Objects;

/**
 * A candidate that lost to the chosen proposal, kept to explain the decision.
 *
 * @param items the items the candidate would have settled; never null
 * @param scoreBp its score in basis points
 * @param reason why it lost, such as {@code "score 6200 bp below 9500 bp"}; never null
 */
public record Alternative(List<ItemKey> items, int scoreBp, String reason) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Alternative {
        items = List.copyOf(items);
        Objects.requireNonNull(reason, "reason");
    }
}
