package io.github.receivables.reminders.policy;

import java.util.Objects;

/**
 * A hand-over to a person: a task in a work queue of the creditor's collection team.
 *
 * @param daysAfterLastStep days after the last step was carried out when the task is created,
 *     zero or more
 * @param queue the work queue that receives the task, such as {@code collections}; never null
 * @param templateId the template of the task text; never null
 */
public record Escalation(int daysAfterLastStep, String queue, String templateId) {

    /**
     * Checks for nulls; {@link ReminderPolicy} validates the values.
     *
     * @throws NullPointerException if queue or templateId is null
     */
    public Escalation {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(templateId, "templateId");
    }
}
