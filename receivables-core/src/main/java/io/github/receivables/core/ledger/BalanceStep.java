package io.github.receivables.core.ledger;

import io.github.receivables.core.money.Money;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open balance that holds from the end of a day until the next step, as used for late
 * interest.
 *
 * @param from the day at whose end the balance starts to hold; never null
 * @param balance the open balance, zero or more; never null
 */
public record BalanceStep(@NotNull LocalDate from, @NotNull Money balance) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the balance is negative
     */
    public BalanceStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(balance, "balance");
        if (balance.isNegative()) {
            throw new IllegalArgumentException("balance from " + from
                    + " must not be negative, got " + balance);
        }
    }
}
