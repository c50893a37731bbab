package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An instalment that allocations settled in full, with the day they did. Payment behaviour and
 * days-to-pay metrics are computed from settlements.
 *
 * @param customerId the debtor; never null
 * @param documentId the document; never null
 * @param instalment the 0-based index of the instalment
 * @param amount the instalment amount; never null
 * @param issueDate the document's issue date; never null
 * @param dueDate the instalment's due date; never null
 * @param settledOn the day the allocations reached the instalment amount; never null
 */
public record Settlement(
        CustomerId customerId,
        DocumentId documentId,
        int instalment,
        Money amount,
        LocalDate issueDate,
        LocalDate dueDate,
        LocalDate settledOn) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Settlement {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(settledOn, "settledOn");
    }

    /**
     * Returns how many days after the due date the instalment was settled.
     *
     * @return days late, zero when settled on or before the due date
     */
    public long daysLate() {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, settledOn));
    }

    /**
     * Returns how many days after the issue date the instalment was settled.
     *
     * @return days from issue to settlement
     */
    public long daysToPay() {
        return ChronoUnit.DAYS.between(issueDate, settledOn);
    }

    /**
     * Tells whether the instalment was settled by its due date.
     *
     * @return true when settled on or before the due date
     */
    public boolean isOnTime() {
        return !settledOn.isAfter(dueDate);
    }
}
