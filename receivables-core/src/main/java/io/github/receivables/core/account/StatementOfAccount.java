package io.github.receivables.core.account;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A customer's statement of account in one currency over a period. The balance is the net the
 * customer owes: open receivables minus unapplied payments and credit notes. The closing balance
 * equals the opening balance plus every line's change, and equals the net of the customer's aging
 * row on the last day of the period.
 *
 * @param customerId the customer; never null
 * @param currency the currency; never null
 * @param from the first day of the period; never null
 * @param to the last day of the period; never null
 * @param opening the net balance at the end of the day before {@code from}; never null
 * @param lines the movements dated in the period, in date order; never null
 * @param closing the net balance at the end of {@code to}; never null
 */
public record StatementOfAccount(
        CustomerId customerId,
        Currency currency,
        LocalDate from,
        LocalDate to,
        Money opening,
        List<StatementLine> lines,
        Money closing) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the period ends before it starts, or the closing
     *     balance is not the opening balance plus the changes
     */
    public StatementOfAccount {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(opening, "opening");
        lines = List.copyOf(lines);
        Objects.requireNonNull(closing, "closing");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement period ends " + to + " before it starts "
                    + from);
        }
        Money expected = opening;
        for (StatementLine line : lines) {
            expected = expected.plus(line.change());
        }
        if (!expected.equals(closing)) {
            throw new IllegalArgumentException("statement of customer " + customerId
                    + " does not balance: opening " + opening + " plus changes gives " + expected
                    + " but closing is " + closing);
        }
    }
}
