package io.github.receivables.core.interest;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A late interest and fee policy, as data. Build one with {@link #builder}.
 *
 * <p>The rate of a day is the rate table's percent for that day plus {@code marginPercent}, in
 * the unit of that day's rate period. For example, statutory interest of a central bank rate
 * plus 8 points is a table of the central bank's rates per year with a margin of 8.
 *
 * @param rates the rates per period; never null
 * @param marginPercent points added to every rate, zero or more; never null
 * @param dayCount how days are counted; never null
 * @param fee the fee charged once on a late debt; never null
 * @param cap the maximum interest allowed; never null
 * @param rounding how interest, percentage fees and caps are rounded to the currency's scale;
 *     never null
 */
public record LateInterestPolicy(
        @NotNull RateTable rates,
        @NotNull BigDecimal marginPercent,
        @NotNull DayCount dayCount,
        @NotNull LateFee fee,
        @NotNull InterestCap cap,
        @NotNull RoundingMode rounding) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the margin is negative or rounding is
     *     {@code UNNECESSARY}
     */
    public LateInterestPolicy {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(marginPercent, "marginPercent");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(rounding, "rounding");
        if (marginPercent.signum() < 0) {
            throw new IllegalArgumentException("interest margin must not be negative, got "
                    + marginPercent.toPlainString());
        }
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("interest divides by the days of a year, so"
                    + " rounding cannot be UNNECESSARY");
        }
    }

    /**
     * Starts a builder with no margin, no fee, no cap and rounding half up.
     *
     * @param rates the rates per period; never null
     * @param dayCount how days are counted; never null
     * @return a builder
     */
    public static Builder builder(RateTable rates, DayCount dayCount) {
        return new Builder(rates, dayCount);
    }

    /** Builds a {@link LateInterestPolicy}. Not thread-safe. */
    public static final class Builder {
        private final RateTable rates;
        private final DayCount dayCount;
        private BigDecimal margin = BigDecimal.ZERO;
        private LateFee fee = LateFee.none();
        private InterestCap cap = InterestCap.none();
        private RoundingMode rounding = RoundingMode.HALF_UP;

        private Builder(RateTable rates, DayCount dayCount) {
            this.rates = Objects.requireNonNull(rates, "rates");
            this.dayCount = Objects.requireNonNull(dayCount, "dayCount");
        }

        /**
         * Sets the points added to every rate.
         *
         * @param percent such as {@code "8"} for 8 points; zero or more
         * @return this builder
         */
        public Builder margin(String percent) {
            this.margin = new BigDecimal(percent);
            return this;
        }

        /**
         * Sets the fee charged once on a late debt.
         *
         * @param value the fee; never null
         * @return this builder
         */
        public Builder fee(LateFee value) {
            this.fee = Objects.requireNonNull(value, "fee");
            return this;
        }

        /**
         * Sets the maximum interest allowed.
         *
         * @param value the cap; never null
         * @return this builder
         */
        public Builder cap(InterestCap value) {
            this.cap = Objects.requireNonNull(value, "cap");
            return this;
        }

        /**
         * Sets how amounts are rounded to the currency's scale.
         *
         * @param value the rounding mode; never null, not {@code UNNECESSARY}
         * @return this builder
         */
        public Builder rounding(RoundingMode value) {
            this.rounding = Objects.requireNonNull(value, "rounding");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException if a setting is invalid
         */
        public LateInterestPolicy build() {
            return new LateInterestPolicy(rates, margin, dayCount, fee, cap, rounding);
        }
    }
}
