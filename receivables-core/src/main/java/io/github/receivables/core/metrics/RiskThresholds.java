package io.github.receivables.core.metrics;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The tunable thresholds of the risk segment. The rules, first match wins:
 *
 * <ol>
 *   <li>{@link RiskSegment#CRITICAL} when the oldest open item is at least
 *       {@code criticalDaysPastDue} days past due;
 *   <li>{@link RiskSegment#UNRATED} when fewer than {@code minimumPayments} instalments were
 *       settled in the window;
 *   <li>{@link RiskSegment#HIGH} when the on-time share is below {@code highBelowOnTimeShare} or
 *       the median days late is at least {@code highFromMedianDaysLate};
 *   <li>{@link RiskSegment#LOW} when the on-time share is at least {@code lowFromOnTimeShare} and
 *       the 90th percentile of days late is at most {@code lowUpToP90DaysLate};
 *   <li>{@link RiskSegment#MEDIUM} otherwise.
 * </ol>
 *
 * Then a worsening trend (slope of days late over the last {@code trendPayments} settlements at
 * least {@code worseningTrend} days per payment) moves LOW to MEDIUM and MEDIUM to HIGH.
 *
 * @param minimumPayments settlements needed to rate a customer, at least 1
 * @param lowFromOnTimeShare lowest on-time share of a low-risk customer, 0 to 1; never null
 * @param lowUpToP90DaysLate highest 90th percentile of days late of a low-risk customer
 * @param highBelowOnTimeShare on-time share under which a customer is high risk, 0 to 1; never
 *     null
 * @param highFromMedianDaysLate median days late from which a customer is high risk
 * @param trendPayments how many latest settlements the trend is measured over, at least 2
 * @param worseningTrend slope in days late per payment from which the trend counts as worsening;
 *     never null
 * @param criticalDaysPastDue days past due of the oldest open item from which a customer is
 *     critical
 */
public record RiskThresholds(
        @Min(1) int minimumPayments,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal lowFromOnTimeShare,
        @Min(0) int lowUpToP90DaysLate,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal highBelowOnTimeShare,
        @Min(0) int highFromMedianDaysLate,
        @Min(2) int trendPayments,
        @NotNull BigDecimal worseningTrend,
        @Min(1) int criticalDaysPastDue) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count or share is out of range, or the low on-time
     *     share is below the high one
     */
    public RiskThresholds {
        Objects.requireNonNull(lowFromOnTimeShare, "lowFromOnTimeShare");
        Objects.requireNonNull(highBelowOnTimeShare, "highBelowOnTimeShare");
        Objects.requireNonNull(worseningTrend, "worseningTrend");
        if (minimumPayments < 1 || trendPayments < 2 || criticalDaysPastDue < 1
                || lowUpToP90DaysLate < 0 || highFromMedianDaysLate < 0) {
            throw new IllegalArgumentException("risk thresholds out of range: minimumPayments "
                    + minimumPayments + ", trendPayments " + trendPayments
                    + ", criticalDaysPastDue " + criticalDaysPastDue + ", lowUpToP90DaysLate "
                    + lowUpToP90DaysLate + ", highFromMedianDaysLate " + highFromMedianDaysLate);
        }
        if (isOutsideShare(lowFromOnTimeShare) || isOutsideShare(highBelowOnTimeShare)
                || lowFromOnTimeShare.compareTo(highBelowOnTimeShare) < 0) {
            throw new IllegalArgumentException("on-time shares must be 0 to 1 with the low-risk"
                    + " share at least the high-risk one, got " + lowFromOnTimeShare + " and "
                    + highBelowOnTimeShare);
        }
    }

    private static boolean isOutsideShare(BigDecimal share) {
        return share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0;
    }

    /**
     * Returns the defaults. A customer is rated from 3 settlements. Low risk needs 90% on time
     * and a 90th percentile of at most 10 days late. High risk is under 50% on time or a median
     * from 30 days late. The trend covers the last 6 settlements and worsens from 2 days per
     * payment. Critical starts at 90 days past due.
     *
     * @return the default thresholds; never null
     */
    public static RiskThresholds defaults() {
        return new RiskThresholds(3, new BigDecimal("0.90"), 10, new BigDecimal("0.50"), 30, 6,
                new BigDecimal("2"), 90);
    }
}
