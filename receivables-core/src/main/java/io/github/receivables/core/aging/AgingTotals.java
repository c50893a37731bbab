package io.github.receivables.core.aging;

import io.github.receivables.core.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The aging of a whole portfolio in one currency.
 *
 * @param currency the currency; never null
 * @param buckets the open amount per bucket over all customers; never null
 * @param total the sum of the buckets; never null
 * @param unappliedCash identified payments not yet allocated; never null
 * @param unappliedCredit credit notes not yet allocated; never null
 * @param unidentifiedCash payments whose payer is not identified yet; never null
 */
public record AgingTotals(
        Currency currency,
        List<Money> buckets,
        Money total,
        Money unappliedCash,
        Money unappliedCredit,
        Money unidentifiedCash) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AgingTotals {
        Objects.requireNonNull(currency, "currency");
        buckets = List.copyOf(buckets);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(unappliedCash, "unappliedCash");
        Objects.requireNonNull(unappliedCredit, "unappliedCredit");
        Objects.requireNonNull(unidentifiedCash, "unidentifiedCash");
    }
}
