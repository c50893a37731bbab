package io.github.receivables.reminders.outbox;

import io.github.receivables.core.document.DocumentId;
import java.util.Objects;

/**
 * One open item a reminder is about, and the policy step it reached for that item.
 *
 * @param documentId the document; never null
 * @param instalment the 0-based instalment index, zero or more
 * @param stepId the policy step this reminder carries out for the item; never blank
 */
public record OutboxItem(DocumentId documentId, int instalment, String stepId) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if documentId or stepId is null
     * @throws IllegalArgumentException if instalment is negative or stepId blank
     */
    public OutboxItem {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(stepId, "stepId");
        if (instalment < 0) {
            throw new IllegalArgumentException("instalment of " + documentId
                    + " must not be negative, got " + instalment);
        }
        if (stepId.isBlank()) {
            throw new IllegalArgumentException("step id for " + documentId + " is blank");
        }
    }
}
