package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.money.Money;
import java.util.Objects;

/**
 * One allocation a proposal would write: money from the line's payment, or from a credit note
 * netted against an invoice in the same transfer.
 *
 * @param item the item settled; never null
 * @param source the payment of the line or a credit note; never null
 * @param amount the amount settled in the item's currency, positive; never null
 * @param sourceAmount the amount taken from the source in its currency, positive; equal to
 *     {@code amount} unless the line is in another currency; never null
 */
public record ProposedAllocation(
        ItemKey item, AllocationSource source, Money amount, Money sourceAmount) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an amount is not positive
     */
    public ProposedAllocation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sourceAmount, "sourceAmount");
        if (!amount.isPositive() || !sourceAmount.isPositive()) {
            throw new IllegalArgumentException("allocation to " + item
                    + " needs positive amounts, got " + amount + " and " + sourceAmount);
        }
    }

    /**
     * Tells whether the money comes from the line's payment rather than a credit note.
     *
     * @return true for a payment allocation
     */
    public boolean isFromPayment() {
        return source instanceof AllocationSource.FromPayment;
    }
}
