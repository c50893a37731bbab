package io.github.receivables.reminders.plan;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Reason;
import io.github.receivables.reminders.policy.Tone;
import io.github.receivables.spi.notification.ChannelKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One message or task the planner decided on: one per customer, channel, currency and purpose,
 * listing every item it is about.
 *
 * @param key the idempotency key, {@code rm-} and 32 hex digits of a SHA-256 over customer,
 *     channel, policy, step, purpose, items with their steps, and planned date; the same inputs
 *     always give the same key; never null
 * @param customerId the debtor; never null
 * @param kind the channel to use first; never null
 * @param fallbacks the channels to try next on permanent failure, in order; never null
 * @param policyId the policy that planned it; never null
 * @param stepId the leading step (the latest among the items), or a special marker; never null
 * @param purpose why it exists; never null
 * @param tone the tone of the leading step; never null
 * @param templateId the template to render; never null
 * @param items the items, in item order; never empty
 * @param plannedDate the day in the debtor's zone it is planned for; never null
 * @param sendAt the earliest send time, inside the allowed contact window; never null
 * @param notAfter the end of that window, after which it must not be sent; never null
 * @param queue the work queue for a task, or null for messages to the debtor
 * @param factor the assignment whose payment instructions a factor notice carries, or null
 * @param reason why it was planned; never null
 */
public record PlannedAction(
        String key,
        CustomerId customerId,
        ChannelKind kind,
        List<ChannelKind> fallbacks,
        String policyId,
        String stepId,
        ActionPurpose purpose,
        Tone tone,
        String templateId,
        List<PlannedItem> items,
        LocalDate plannedDate,
        Instant sendAt,
        Instant notAfter,
        String queue,
        CollectionStatus.AssignedToFactor factor,
        Reason reason) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if items is empty
     */
    public PlannedAction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(plannedDate, "plannedDate");
        Objects.requireNonNull(sendAt, "sendAt");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(reason, "reason");
        fallbacks = List.copyOf(fallbacks);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("planned action " + key + " has no items");
        }
    }

    /**
     * Returns the channels in the order to try them: the first, then the fallbacks.
     *
     * @return the channels; never empty
     */
    public List<ChannelKind> channels() {
        List<ChannelKind> all = new java.util.ArrayList<>(fallbacks.size() + 1);
        all.add(kind);
        all.addAll(fallbacks);
        return List.copyOf(all);
    }

    /**
     * Returns the total open amount of the items.
     *
     * @return the sum, in the items' currency; never null
     */
    public Money total() {
        Money total = Money.zero(items.get(0).open().currency());
        for (PlannedItem item : items) {
            total = total.plus(item.open());
        }
        return total;
    }
}
