package io.github.receivables.core.ledger;

import io.github.receivables.core.money.CurrencyMismatchException;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.util.Currency;
import java.util.Objects;

/**
 * A customer's balances in one currency as of a day, all derived by the ledger.
 *
 * @param customerId the customer; never null
 * @param open the sum of open balances of the customer's receivables; never null
 * @param unappliedCash payments received and not yet allocated; never null
 * @param unappliedCredit credit notes not yet allocated; never null
 */
public record CustomerPosition(
        CustomerId customerId, Money open, Money unappliedCash, Money unappliedCredit) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws CurrencyMismatchException if the amounts are not
     *     all in one currency
     */
    public CustomerPosition {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(unappliedCash, "unappliedCash");
        Objects.requireNonNull(unappliedCredit, "unappliedCredit");
        requireCurrency(open, unappliedCash);
        requireCurrency(open, unappliedCredit);
    }

    private static void requireCurrency(Money expected, Money actual) {
        if (!expected.currency().equals(actual.currency())) {
            throw new CurrencyMismatchException("combine in one position", expected.currency(),
                    actual.currency());
        }
    }

    /**
     * Returns the currency of the position.
     *
     * @return the currency; never null
     */
    public Currency currency() {
        return open.currency();
    }

    /**
     * Returns the credit the customer holds: unapplied cash plus unapplied credit notes. An
     * overpayment shows here, never as a negative invoice balance.
     *
     * @return the credit balance, zero or more; never null
     */
    public Money creditBalance() {
        return unappliedCash.plus(unappliedCredit);
    }

    /**
     * Returns what the customer owes net of credit: open minus credit balance. Negative when the
     * customer holds more credit than it owes.
     *
     * @return the net balance; never null
     */
    public Money net() {
        return open.minus(creditBalance());
    }
}
