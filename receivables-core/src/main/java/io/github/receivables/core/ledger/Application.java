package io.github.receivables.core.ledger;

import java.util.List;
import java.util.Objects;

/**
 * What one application of a payment or credit note recorded.
 *
 * @param allocations the allocations created, in request order; never null
 * @param exchangeDifferences one line per allocation across currencies, in the same order; never
 *     null
 */
public record Application(
        List<Allocation> allocations, List<ExchangeDifference> exchangeDifferences) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is null
     */
    public Application {
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        exchangeDifferences = List.copyOf(
                Objects.requireNonNull(exchangeDifferences, "exchangeDifferences"));
    }

    /**
     * Tells whether nothing was applied.
     *
     * @return true when no allocation was created
     */
    public boolean isEmpty() {
        return allocations.isEmpty();
    }
}
