package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import java.util.Objects;

/**
 * A mark on an item that a decision leaves partly open for a reason other than the customer
 * still owing it. Reminders must not dun the flagged amount as debt until someone clears the
 * flag, so {@code StoreAllocationWriter} puts the document on hold. A host with its own writer
 * does the same, sets a dispute, or leaves the flagged amount out of its dunning run.
 *
 * @param item the flagged item; never null
 * @param kind why it is flagged; never null
 * @param amount the amount left open for that reason, positive; never null
 */
public record ItemFlag(ItemKey item, Kind kind, Money amount) {

    /** The reason an amount stays open without being dunned. */
    public enum Kind {
        /**
         * The customer paid slightly less than owed, by more than the tolerance but less than
         * the short-payment limit: probably a deduction (fee, discount taken, claim) that
         * someone must clarify before it is collected.
         */
        SHORT_PAYMENT_UNDER_REVIEW
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public ItemFlag {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("flag " + kind + " on " + item
                    + " needs a positive amount, got " + amount);
        }
    }
}
