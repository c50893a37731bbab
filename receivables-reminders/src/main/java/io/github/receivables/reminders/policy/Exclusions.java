package io.github.receivables.reminders.policy;

import io.github.receivables.core.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configurable exclusions of a policy. Disputed, claimed, on-hold, written-off and paid items
 * are always excluded, and so are items promised until the promise date. These settings decide
 * the cases that differ between creditors.
 *
 * @param brokenPromise what to do once a promise date passes with the item open; never null
 * @param factor what to do with items assigned to a factor; never null
 * @param factorTemplateId the template of the factor notice, or null when factor is
 *     {@link FactorAction#STOP}
 * @param minimumBalances the smallest overdue balance per currency worth a reminder, at most one
 *     per currency; a customer whose due balance in a currency is below it gets no reminder for
 *     that currency; never null
 */
public record Exclusions(
        BrokenPromiseAction brokenPromise,
        FactorAction factor,
        String factorTemplateId,
        List<Money> minimumBalances) {

    /** Resume on a broken promise, stop on factored items, no minimum balance. */
    public static final Exclusions DEFAULTS =
            new Exclusions(BrokenPromiseAction.RESUME, FactorAction.STOP, null, List.of());

    /**
     * Copies the minimums and checks for nulls; {@link ReminderPolicy} validates the values.
     *
     * @throws NullPointerException if a component other than factorTemplateId is null
     */
    public Exclusions {
        Objects.requireNonNull(brokenPromise, "brokenPromise");
        Objects.requireNonNull(factor, "factor");
        minimumBalances = List.copyOf(minimumBalances);
    }

    /**
     * Returns the minimum balance for a currency.
     *
     * @param currency the currency; never null
     * @return the minimum, or empty when the currency has none
     */
    public Optional<Money> findMinimum(Currency currency) {
        for (Money minimum : minimumBalances) {
            if (minimum.currency().equals(currency)) {
                return Optional.of(minimum);
            }
        }
        return Optional.empty();
    }
}
