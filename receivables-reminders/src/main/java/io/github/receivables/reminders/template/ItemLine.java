package io.github.receivables.reminders.template;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One open item as a message lists it.
 *
 * @param number the document number people quote, with an instalment suffix where needed;
 *     never null
 * @param dueDate the due date; never null
 * @param open the amount still open; never null
 */
public record ItemLine(String number, LocalDate dueDate, Money open) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ItemLine {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(open, "open");
    }
}
