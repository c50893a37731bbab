package io.github.receivables.core.interest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A rate in force from one day to another, both included, such as one month's tasa máxima
 * convencional or one half-year's central bank reference rate.
 *
 * @param from the first day; never null
 * @param to the last day; never null, not before from
 * @param percent the rate in percent, such as {@code 4.50} for 4.5%; zero or more; never null
 * @param unit whether the rate is per year or per month; never null
 */
public record RatePeriod(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @DecimalMin("0") BigDecimal percent,
        @NotNull RateUnit unit) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the period ends before it starts or the rate is
     *     negative
     */
    public RatePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(unit, "unit");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("rate period ends " + to + " before it starts "
                    + from);
        }
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("rate from " + from + " must not be negative, got "
                    + percent.toPlainString() + "%");
        }
    }

    /**
     * Creates a yearly rate.
     *
     * @param from the first day
     * @param to the last day
     * @param percent the rate, such as {@code "12.5"} for 12.5% a year
     * @return the period
     */
    public static RatePeriod yearly(LocalDate from, LocalDate to, String percent) {
        return new RatePeriod(from, to, new BigDecimal(percent), RateUnit.PER_YEAR);
    }

    /**
     * Creates a monthly rate.
     *
     * @param from the first day
     * @param to the last day
     * @param percent the rate, such as {@code "1.5"} for 1.5% a month
     * @return the period
     */
    public static RatePeriod monthly(LocalDate from, LocalDate to, String percent) {
        return new RatePeriod(from, to, new BigDecimal(percent), RateUnit.PER_MONTH);
    }

    /**
     * Tells whether a day is in the period.
     *
     * @param day the day
     * @return true from {@code from} to {@code to}, both included
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
