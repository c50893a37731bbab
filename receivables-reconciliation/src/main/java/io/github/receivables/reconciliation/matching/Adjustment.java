package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import java.util.Objects;

/**
 * An explicit posting that closes the gap between a line and what it settles, within a configured
 * tolerance. The amount is signed. A negative amount is a write-off (a bank or provider fee, a
 * rounding or exchange loss) that closes the rest of an item that the line's payment did not
 * cover, so it takes no money from the line. A positive amount is a gain: money of the line beyond
 * what the items needed, posted to a rounding account. Thus a line's amount equals its payment
 * allocations plus its positive adjustments plus customer credit plus unapplied cash, and an item
 * settles by its allocations plus the write-offs on it.
 *
 * <p>The amount is in the currency of the item it closes.
 *
 * @param item the item the adjustment closes; never null
 * @param kind why the gap exists; never null
 * @param amount the signed gap; never null and never zero
 */
public record Adjustment(ItemKey item, Kind kind, Money amount) {

    /** The reason a gap between a line and an item is accepted. */
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
