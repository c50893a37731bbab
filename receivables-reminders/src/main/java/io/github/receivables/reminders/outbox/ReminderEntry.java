package io.github.receivables.reminders.outbox;

import io.github.receivables.core.party.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reminder run decided to send, written to the outbox before any send. It never changes
 * once written; progress lives in {@link ReminderRecord}.
 *
 * @param key the idempotency key of the planned action; 1 to 180 printable ASCII characters, so
 *     that {@link ReminderRecord#deliveryKey(int)} stays within the 200 a channel accepts
 * @param customerId the debtor; never null
 * @param policyId the reminder policy that planned it; never blank
 * @param stepId the leading policy step (the most severe among the items); never blank
 * @param purpose why it is sent, such as {@code REMINDER}, {@code FACTOR_NOTICE} or
 *     {@code ESCALATION}; never blank
 * @param items the items it is about with the step each reached; never null, may be empty for a
 *     task about the customer as a whole
 * @param plannedDate the day in the debtor's zone for which it was planned; never null
 * @param sendAt the earliest moment to send; never null
 * @param notAfter the last moment to send, the end of the allowed contact window; never null
 * @param deliveries the channels to try in order, at least one; never null
 */
public record ReminderEntry(
        String key,
        CustomerId customerId,
        String policyId,
        String stepId,
        String purpose,
        List<OutboxItem> items,
        LocalDate plannedDate,
        Instant sendAt,
        Instant notAfter,
        List<OutboxDelivery> deliveries) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank, the key too long, deliveries is empty or notAfter is
     *     before sendAt
     */
    public ReminderEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(plannedDate, "plannedDate");
        Objects.requireNonNull(sendAt, "sendAt");
        Objects.requireNonNull(notAfter, "notAfter");
        items = List.copyOf(items);
        deliveries = List.copyOf(deliveries);
        if (key.length() > 180) {
            throw new IllegalArgumentException("outbox key '" + key + "' is longer than 180"
                    + " characters");
        }
        if (key.isBlank() || policyId.isBlank() || stepId.isBlank() || purpose.isBlank()) {
            throw new IllegalArgumentException("outbox entry " + key
                    + " needs a key, policy id, step id and purpose that are not blank");
        }
        if (deliveries.isEmpty()) {
            throw new IllegalArgumentException("outbox entry " + key + " has no delivery");
        }
        if (notAfter.isBefore(sendAt)) {
            throw new IllegalArgumentException("outbox entry " + key + " ends at " + notAfter
                    + " before it may start at " + sendAt);
        }
    }
}
