package io.github.receivables.core.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Exact division rounded once to the scale of days or of ratios. */
final class Ratio {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final MetricsOptions options;

    Ratio(MetricsOptions options) {
        this.options = options;
    }

    /** Returns numerator / denominator at the days scale, or null when the denominator is 0. */
    BigDecimal days(BigInteger numerator, long denominator) {
        return divide(numerator, denominator, options.daysScale());
    }

    /** Returns numerator / denominator at the ratio scale, or null when the denominator is 0. */
    BigDecimal ratio(BigInteger numerator, long denominator) {
        return divide(numerator, denominator, options.ratioScale());
    }

    /** Returns 100 × numerator / denominator at the ratio scale, or null when it is 0. */
    BigDecimal percent(BigInteger numerator, long denominator) {
        return divide(numerator.multiply(HUNDRED), denominator, options.ratioScale());
    }

    BigDecimal divide(BigInteger numerator, long denominator, int scale) {
        if (denominator == 0) {
            return null;
        }
        return new BigDecimal(numerator).divide(BigDecimal.valueOf(denominator), scale,
                options.rounding());
    }

    MetricsOptions options() {
        return options;
    }
}
