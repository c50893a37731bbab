package io.github.receivables.core.metrics;

import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.money.Money;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Net credit sales over a span of days, such as one month, as used by countback DSO.
 *
 * @param from the first day; never null
 * @param to the last day, on or after from; never null
 * @param sales the net credit sales, zero or more; never null
 */
public record SalesPeriod(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull Money sales) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the span ends before it starts or sales are negative
     */
    public SalesPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sales, "sales");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("sales period ends " + to + " before it starts "
                    + from);
        }
        if (sales.isNegative()) {
            throw new IllegalArgumentException("sales from " + from + " to " + to
                    + " must not be negative, got " + sales);
        }
    }

    /**
     * Returns the length of the span.
     *
     * @return the number of days, both ends included
     */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Reads monthly net credit sales from a ledger (see {@link Ledger#creditSales}); a month whose
     * credit notes exceed its sales counts as zero.
     *
     * @param ledger the ledger; never null
     * @param currency the currency; never null
     * @param first the first month; never null
     * @param last the last month, not before first; never null
     * @return one period per month, oldest first; never null
     * @throws IllegalArgumentException if last is before first
     */
    public static List<SalesPeriod> monthly(Ledger ledger, Currency currency, YearMonth first,
            YearMonth last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last month " + last + " is before first " + first);
        }
        List<SalesPeriod> periods = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Money sales = ledger.creditSales(currency, month.atDay(1), month.atEndOfMonth());
            periods.add(new SalesPeriod(month.atDay(1), month.atEndOfMonth(),
                    sales.max(Money.zero(currency))));
        }
        return List.copyOf(periods);
    }
}
