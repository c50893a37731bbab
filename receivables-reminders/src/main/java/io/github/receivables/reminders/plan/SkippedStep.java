package io.github.receivables.reminders.plan;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Reason;
import java.util.Objects;

/**
 * A step that was due for an item but will not be carried out, with the reason.
 *
 * @param customerId the debtor; never null
 * @param item the item; never null
 * @param stepId the step or special marker that was due; never null
 * @param reason why it is skipped; never null
 */
public record SkippedStep(CustomerId customerId, ItemRef item, String stepId, Reason reason) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public SkippedStep {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(reason, "reason");
    }
}
