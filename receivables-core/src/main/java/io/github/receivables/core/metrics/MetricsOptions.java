package io.github.receivables.core.metrics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Scales and rounding of computed metrics. Each metric is rounded once, from exact values.
 *
 * @param daysScale fraction digits of metrics in days (DSO, days to pay, days late), 0 to 10
 * @param ratioScale fraction digits of ratios and percentages, 0 to 10
 * @param rounding how to round; never null
 */
public record MetricsOptions(
        @Min(0) @Max(10) int daysScale,
        @Min(0) @Max(10) int ratioScale,
        @NotNull RoundingMode rounding) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if rounding is null
     * @throws IllegalArgumentException if a scale is outside 0 to 10 or rounding is
     *     {@code UNNECESSARY}
     */
    public MetricsOptions {
        Objects.requireNonNull(rounding, "rounding");
        if (daysScale < 0 || daysScale > 10 || ratioScale < 0 || ratioScale > 10) {
            throw new IllegalArgumentException("metric scales must be 0 to 10, got days "
                    + daysScale + " and ratios " + ratioScale);
        }
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("metrics divide, so rounding cannot be UNNECESSARY");
        }
    }

    /**
     * Returns two decimals for days, four for ratios, rounding half to even.
     *
     * @return the default options; never null
     */
    public static MetricsOptions defaults() {
        return new MetricsOptions(2, 4, RoundingMode.HALF_EVEN);
    }
}
