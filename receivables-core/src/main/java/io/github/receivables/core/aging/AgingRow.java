package io.github.receivables.core.aging;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One customer's aging in one currency.
 *
 * @param customerId the customer; never null
 * @param currency the currency; never null
 * @param buckets the open amount per bucket, in bucket order; never null
 * @param total the sum of the buckets: the customer's open balance; never null
 * @param unappliedCash payments not yet allocated; never null
 * @param unappliedCredit credit notes not yet allocated; never null
 */
public record AgingRow(
        CustomerId customerId,
        Currency currency,
        List<Money> buckets,
        Money total,
        Money unappliedCash,
        Money unappliedCredit) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AgingRow {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        buckets = List.copyOf(buckets);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(unappliedCash, "unappliedCash");
        Objects.requireNonNull(unappliedCredit, "unappliedCredit");
    }

    /**
     * Returns the credit the customer holds, shown apart from the buckets.
     *
     * @return unapplied cash plus unapplied credit notes; never null
     */
    public Money credit() {
        return unappliedCash.plus(unappliedCredit);
    }

    /**
     * Returns what the customer owes net of its credit; this is the closing balance of its
     * statement of account for the same day.
     *
     * @return total minus credit, negative when the credit is larger; never null
     */
    public Money net() {
        return total.minus(credit());
    }
}
