package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.fx.ExchangeRate;
import io.github.receivables.core.money.Money;
import java.util.Objects;

/**
 * The gain or loss of an allocation across currencies, measured against the rate booked for the
 * document on its issue date. It is an explicit line for the host's accounting, never folded into
 * the document's balance.
 *
 * <p>Example: an invoice of 100.00 USD booked at 900 CLP per USD is settled by 95,000 CLP. The
 * booked equivalent is 90,000 CLP, so the difference is a gain of 5,000 CLP.
 *
 * @param allocationId the allocation; never null
 * @param documentId the document settled; never null
 * @param documentAmount the amount settled, in the document's currency; never null
 * @param sourceAmount the amount taken from the payment or credit note, in its currency; never
 *     null
 * @param bookedRate the rate from the document's currency to the source's on the document's
 *     issue date; never null
 * @param bookedSourceAmount {@code documentAmount} at the booked rate, in the source's currency;
 *     never null
 * @param difference {@code sourceAmount - bookedSourceAmount}: positive is a gain, negative a
 *     loss; never null
 */
public record ExchangeDifference(
        AllocationId allocationId,
        DocumentId documentId,
        Money documentAmount,
        Money sourceAmount,
        ExchangeRate bookedRate,
        Money bookedSourceAmount,
        Money difference) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the difference is not sourceAmount minus
     *     bookedSourceAmount
     */
    public ExchangeDifference {
        Objects.requireNonNull(allocationId, "allocationId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(documentAmount, "documentAmount");
        Objects.requireNonNull(sourceAmount, "sourceAmount");
        Objects.requireNonNull(bookedRate, "bookedRate");
        Objects.requireNonNull(bookedSourceAmount, "bookedSourceAmount");
        Objects.requireNonNull(difference, "difference");
        if (!sourceAmount.minus(bookedSourceAmount).equals(difference)) {
            throw new IllegalArgumentException("exchange difference of allocation " + allocationId
                    + " must be " + sourceAmount + " minus " + bookedSourceAmount + ", got "
                    + difference);
        }
    }

    /**
     * Tells whether the allocation brought in more than booked.
     *
     * @return true for a gain
     */
    public boolean isGain() {
        return difference.isPositive();
    }
}
