package io.github.receivables.core.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer's payment record over a window of settled instalments. Days late count from the
 * due date and are zero for an instalment settled on time.
 *
 * @param payments the number of settled instalments, at least 1
 * @param onTimeShare the share settled on or before the due date, 0 to 1; never null
 * @param medianDaysLate the median days late (the mean of the two middle values for an even
 *     count); never null
 * @param p90DaysLate the 90th percentile of days late by the nearest-rank method: the value at
 *     rank ⌈0.9 × n⌉ in ascending order
 * @param trend the least-squares slope of days late against payment order over the latest
 *     settlements, in days per payment. A positive slope means later and later payment; never
 *     null
 */
public record PaymentStatistics(
        int payments,
        BigDecimal onTimeShare,
        BigDecimal medianDaysLate,
        long p90DaysLate,
        BigDecimal trend) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if payments is below 1
     */
    public PaymentStatistics {
        Objects.requireNonNull(onTimeShare, "onTimeShare");
        Objects.requireNonNull(medianDaysLate, "medianDaysLate");
        Objects.requireNonNull(trend, "trend");
        if (payments < 1) {
            throw new IllegalArgumentException("payment statistics need at least one payment");
        }
    }
}
