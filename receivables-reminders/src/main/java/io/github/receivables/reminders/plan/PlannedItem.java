package io.github.receivables.reminders.plan;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One item an action is about.
 *
 * @param ref the item; never null
 * @param number the document number people quote; never null
 * @param dueDate the due date; never null
 * @param open the amount still open; never null
 * @param stepId the policy step the action carries out for this item, or the marker of a special
 *     action ({@code factor-notice}, {@code escalation}, {@code broken-promise-<date>}); never
 *     null
 */
public record PlannedItem(ItemRef ref, String number, LocalDate dueDate, Money open,
        String stepId) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PlannedItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(stepId, "stepId");
    }
}
