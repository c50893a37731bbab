package io.github.receivables.core.metrics;

import io.github.receivables.core.aging.AgingReport;
import io.github.receivables.core.money.CurrencyMismatchException;
import io.github.receivables.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The figures portfolio metrics are computed from, all in one currency.
 *
 * @param from the first day of the period; never null
 * @param to the last day of the period; never null
 * @param beginningReceivables open receivables at the end of the day before {@code from}; never
 *     null
 * @param endingReceivables open receivables at the end of {@code to}; never null
 * @param endingNotDue the part of {@code endingReceivables} not yet due; never null
 * @param creditSales net credit sales of the period; never null
 * @param salesHistory net credit sales of consecutive earlier spans ending with the period, oldest
 *     first, for countback DSO; may be empty; never null
 * @param topN how many of the largest debtors {@code topReceivables} covers, zero or more
 * @param topReceivables what the {@code topN} largest debtors owe at the end; never null
 */
public record PortfolioFigures(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull Money beginningReceivables,
        @NotNull Money endingReceivables,
        @NotNull Money endingNotDue,
        @NotNull Money creditSales,
        @NotNull List<@Valid SalesPeriod> salesHistory,
        @Min(0) int topN,
        @NotNull Money topReceivables) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws CurrencyMismatchException if the amounts are not all in one currency
     * @throws IllegalArgumentException if the period ends before it starts, an amount of
     *     receivables is negative, the part not due or the top debtors exceed the ending
     *     receivables, topN is negative, or the sales history is out of order
     */
    public PortfolioFigures {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        salesHistory = List.copyOf(salesHistory);
        Currency currency = Objects.requireNonNull(creditSales, "creditSales").currency();
        for (Money amount : List.of(beginningReceivables, endingReceivables, endingNotDue,
                topReceivables)) {
            if (!amount.currency().equals(currency)) {
                throw new CurrencyMismatchException("combine in portfolio figures", currency,
                        amount.currency());
            }
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("metrics period ends " + to + " before it starts "
                    + from);
        }
        if (beginningReceivables.isNegative() || endingReceivables.isNegative()
                || endingNotDue.isNegative() || topReceivables.isNegative() || topN < 0) {
            throw new IllegalArgumentException("receivables and topN must not be negative");
        }
        if (endingNotDue.isGreaterThan(endingReceivables)
                || topReceivables.isGreaterThan(endingReceivables)) {
            throw new IllegalArgumentException("amount not due " + endingNotDue
                    + " and top debtors " + topReceivables + " must not exceed receivables "
                    + endingReceivables);
        }
        checkHistory(salesHistory, currency);
    }

    private static void checkHistory(List<SalesPeriod> history, Currency currency) {
        for (int i = 0; i < history.size(); i++) {
            SalesPeriod period = history.get(i);
            if (!period.sales().currency().equals(currency)) {
                throw new CurrencyMismatchException("use as sales history", currency,
                        period.sales().currency());
            }
            if (i > 0 && !period.from().isAfter(history.get(i - 1).to())) {
                throw new IllegalArgumentException("sales history must be in date order without"
                        + " overlaps, got " + history.get(i - 1).to() + " then " + period.from());
            }
        }
    }

    /**
     * Takes the figures from two aging reports by due date: the one at the end of the day before
     * the period and the one at its last day.
     *
     * @param beginning the aging at the end of the day before the period; never null
     * @param ending the aging at the end of the period; never null
     * @param creditSales net credit sales of the period; never null
     * @param salesHistory earlier spans for countback DSO, oldest first; never null
     * @param topN how many of the largest debtors to measure concentration over, zero or more
     * @return the figures; never null
     * @throws IllegalArgumentException if the beginning report is not older than the ending one
     * @throws IllegalStateException if a report ages by issue date
     */
    public static PortfolioFigures from(AgingReport beginning, AgingReport ending,
            Money creditSales, List<SalesPeriod> salesHistory, int topN) {
        Currency currency = creditSales.currency();
        if (!beginning.asOf().isBefore(ending.asOf())) {
            throw new IllegalArgumentException("beginning aging " + beginning.asOf()
                    + " must be before ending aging " + ending.asOf());
        }
        Money top = Money.zero(currency);
        for (var row : ending.topCustomers(currency, topN)) {
            top = top.plus(row.total());
        }
        return new PortfolioFigures(beginning.asOf().plusDays(1), ending.asOf(),
                beginning.total(currency), ending.total(currency), ending.notDue(currency),
                creditSales, salesHistory, topN, top);
    }

    /**
     * Returns the currency of the figures.
     *
     * @return the currency; never null
     */
    public Currency currency() {
        return creditSales.currency();
    }

    /**
     * Returns the length of the period.
     *
     * @return the number of days, both ends included
     */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Returns the part of the ending receivables past due.
     *
     * @return ending receivables minus the part not due; never null
     */
    public Money endingOverdue() {
        return endingReceivables.minus(endingNotDue);
    }
}
