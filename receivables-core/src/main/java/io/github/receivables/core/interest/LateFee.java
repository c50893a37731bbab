package io.github.receivables.core.interest;

import io.github.receivables.core.money.CurrencyMismatchException;
import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A fee charged once on a late debt, in addition to interest, computed from the balance unpaid at
 * the end of the due date.
 */
public sealed interface LateFee {

    /**
     * Computes the fee for a late debt.
     *
     * @param unpaid the balance unpaid at the end of the due date, positive; never null
     * @param rounding how to round a percentage to the currency's scale; never null
     * @return the fee in the debt's currency, zero or more; never null
     * @throws CurrencyMismatchException if a fixed amount is in another currency than the debt
     */
    Money amountFor(Money unpaid, RoundingMode rounding);

    /**
     * Returns no fee.
     *
     * @return the empty fee; never null
     */
    static LateFee none() {
        return new None();
    }

    /** No fee. */
    record None() implements LateFee {
        @Override
        public Money amountFor(Money unpaid, RoundingMode rounding) {
            return Money.zero(unpaid.currency());
        }
    }

    /**
     * A fixed amount per late debt, such as the EUR 40 compensation of the EU late payment
     * directive.
     *
     * @param amount the fee, zero or more; never null
     */
    record Fixed(Money amount) implements LateFee {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if amount is null
         * @throws IllegalArgumentException if amount is negative
         */
        public Fixed {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("fixed fee must not be negative, got " + amount);
            }
        }

        @Override
        public Money amountFor(Money unpaid, RoundingMode rounding) {
            requireCurrency(amount, unpaid);
            return amount;
        }
    }

    /**
     * A percentage of the unpaid balance, such as the 1% of Chile's invoice payment term law.
     *
     * @param percent the percentage, such as {@code 1} for 1%; zero or more; never null
     */
    record PercentOfBalance(BigDecimal percent) implements LateFee {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if percent is null
         * @throws IllegalArgumentException if percent is negative
         */
        public PercentOfBalance {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0) {
                throw new IllegalArgumentException("fee percent must not be negative, got "
                        + percent.toPlainString());
            }
        }

        @Override
        public Money amountFor(Money unpaid, RoundingMode rounding) {
            return unpaid.multiply(percent.movePointLeft(2), rounding);
        }
    }

    /**
     * A fixed amount that depends on the size of the debt, such as the UK's GBP 40, 70 or 100.
     *
     * @param tiers the tiers in ascending {@code fromDebt}, at least one; never null
     */
    record ByDebtSize(List<FeeTier> tiers) implements LateFee {
        /**
         * Validates and copies the tiers.
         *
         * @throws NullPointerException if tiers is null
         * @throws IllegalArgumentException if there are no tiers or they are not strictly
         *     ascending in one currency
         */
        public ByDebtSize {
            tiers = List.copyOf(tiers);
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("a fee by debt size needs at least one tier");
            }
            for (int i = 1; i < tiers.size(); i++) {
                if (!tiers.get(i).fromDebt().isGreaterThan(tiers.get(i - 1).fromDebt())) {
                    throw new IllegalArgumentException("fee tiers must ascend by debt, got "
                            + tiers.get(i - 1).fromDebt() + " then " + tiers.get(i).fromDebt());
                }
            }
        }

        @Override
        public Money amountFor(Money unpaid, RoundingMode rounding) {
            Money fee = Money.zero(unpaid.currency());
            for (FeeTier tier : tiers) {
                requireCurrency(tier.fee(), unpaid);
                if (!tier.fromDebt().isGreaterThan(unpaid)) {
                    fee = tier.fee();
                }
            }
            return fee;
        }
    }

    private static void requireCurrency(Money fee, Money unpaid) {
        if (!fee.currency().equals(unpaid.currency())) {
            throw new CurrencyMismatchException("charge a fee on", fee.currency(),
                    unpaid.currency());
        }
    }
}
