package io.github.receivables.core.interest;

import io.github.receivables.core.money.CurrencyMismatchException;
import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/** The maximum interest a late debt may accrue. Fees are not capped. */
public sealed interface InterestCap {

    /**
     * Computes the cap for a debt.
     *
     * @param unpaid the balance unpaid at the end of the due date; never null
     * @param rounding how to round a percentage cap to the currency's scale; never null
     * @return the maximum interest allowed, or empty for no cap
     * @throws CurrencyMismatchException if a fixed cap is in another currency than the debt
     */
    Optional<Money> limitFor(Money unpaid, RoundingMode rounding);

    /**
     * Returns no cap.
     *
     * @return the absent cap; never null
     */
    static InterestCap none() {
        return new None();
    }

    /** No cap. */
    record None() implements InterestCap {
        @Override
        public Optional<Money> limitFor(Money unpaid, RoundingMode rounding) {
            return Optional.empty();
        }
    }

    /**
     * A fixed maximum amount of interest.
     *
     * @param amount the cap, zero or more; never null
     */
    record MaximumAmount(Money amount) implements InterestCap {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if amount is null
         * @throws IllegalArgumentException if amount is negative
         */
        public MaximumAmount {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("interest cap must not be negative, got "
                        + amount);
            }
        }

        @Override
        public Optional<Money> limitFor(Money unpaid, RoundingMode rounding) {
            if (!amount.currency().equals(unpaid.currency())) {
                throw new CurrencyMismatchException("cap interest on", amount.currency(),
                        unpaid.currency());
            }
            return Optional.of(amount);
        }
    }

    /**
     * A maximum amount of interest as a percentage of the balance unpaid at the end of the due
     * date.
     *
     * @param percent the percentage, such as {@code 100} for no more interest than principal;
     *     zero or more; never null
     */
    record PercentOfBalance(BigDecimal percent) implements InterestCap {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if percent is null
         * @throws IllegalArgumentException if percent is negative
         */
        public PercentOfBalance {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0) {
                throw new IllegalArgumentException("interest cap percent must not be negative,"
                        + " got " + percent.toPlainString());
            }
        }

        @Override
        public Optional<Money> limitFor(Money unpaid, RoundingMode rounding) {
            return Optional.of(unpaid.multiply(percent.movePointLeft(2), rounding));
        }
    }
}
