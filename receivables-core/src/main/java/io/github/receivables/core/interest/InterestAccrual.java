package io.github.receivables.core.interest;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Interest over a span of days with one balance and one rate, a line of the calculation.
 *
 * @param from the first day; never null
 * @param to the last day; never null
 * @param days the days counted by the policy's day count
 * @param balance the balance interest accrued on; never null
 * @param yearlyPercent the rate converted to percent per year, margin included; never null
 * @param interest the interest of the span in major units, to eight decimals beyond the
 *     currency's scale. Only the total is rounded to the currency's scale; never null
 */
public record InterestAccrual(
        LocalDate from,
        LocalDate to,
        long days,
        Money balance,
        BigDecimal yearlyPercent,
        BigDecimal interest) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public InterestAccrual {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(yearlyPercent, "yearlyPercent");
        Objects.requireNonNull(interest, "interest");
    }
}
