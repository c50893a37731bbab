package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import java.util.Objects;

/**
 * An explicit posting that closes the gap between a line and what it settles, within a
 * configured tolerance. The amount is signed from the line's point of view: negative when the line
 * paid less than it settles (a bank fee or rounding loss, booked as an expense), positive when it
 * paid more (a rounding gain). Thus a line's amount equals its payment allocations plus its
 * adjustments plus customer credit plus unapplied cash.
 *
 * <p>The amount is in the line's currency, except for {@link Kind#EXCHANGE_DIFFERENCE} on a line
 * paid in another currency than the document, where it is in the document's currency and takes
 * no money from the line.
 *
 * @param item the item the adjustment closes; never null
 * @param kind why the gap exists; never null
 * @param amount the signed gap; never null and never zero
 */
public record Adjustment(ItemKey item, Kind kind, Money amount) {

    /** Why a gap between a line and an item is accepted. */
    public enum Kind {
        /** A bank or correspondent fee deducted from the payment. */
        BANK_FEE,
        /** A payment provider's fee deducted from a payout. */
        PROVIDER_FEE,
        /** A rounding difference. */
        ROUNDING,
        /** A difference caused by an exchange rate. */
        EXCHANGE_DIFFERENCE
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is zero
     */
    public Adjustment {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new IllegalArgumentException("adjustment " + kind + " on " + item + " is zero");
        }
    }
}
