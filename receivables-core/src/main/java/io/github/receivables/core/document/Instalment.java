package io.github.receivables.core.document;

import io.github.receivables.core.money.Money;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One due date of a document and the amount due on it. A document with a single due date has one
 * instalment for its whole total.
 *
 * @param dueDate the day the amount is due; never null
 * @param amount the amount due that day, positive; never null
 */
public record Instalment(@NotNull LocalDate dueDate, @NotNull Money amount) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public Instalment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("instalment due " + dueDate
                    + " must have a positive amount, got " + amount);
        }
    }
}
