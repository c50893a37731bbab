package io.github.receivables.core.interest;

import io.github.receivables.core.money.Money;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One step of a fee that depends on the size of the debt: debts of at least {@code fromDebt}
 * (up to the next tier) pay {@code fee}.
 *
 * @param fromDebt the smallest debt of the tier, zero or more; never null
 * @param fee the fixed fee of the tier, zero or more, in the same currency; never null
 */
public record FeeTier(@NotNull Money fromDebt, @NotNull Money fee) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an amount is negative or the currencies differ
     */
    public FeeTier {
        Objects.requireNonNull(fromDebt, "fromDebt");
        Objects.requireNonNull(fee, "fee");
        if (fromDebt.isNegative() || fee.isNegative()) {
            throw new IllegalArgumentException("fee tier from " + fromDebt + " with fee " + fee
                    + " must not be negative");
        }
        if (!fromDebt.currency().equals(fee.currency())) {
            throw new IllegalArgumentException("fee tier from " + fromDebt + " has a fee in "
                    + fee.currency().getCurrencyCode() + ": use one currency");
        }
    }
}
