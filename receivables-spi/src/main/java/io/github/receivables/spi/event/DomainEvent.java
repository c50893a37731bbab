package io.github.receivables.spi.event;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened in the receivables, published to the host after it was committed.
 * Events carry ids and amounts. Some embed core values that contain personal data (such as a
 * payment's reference), so hosts that forward events must treat them as personal data.
 */
public sealed interface DomainEvent {

    /**
     * Returns when it happened.
     *
     * @return the instant; never null
     */
    Instant occurredAt();

    /**
     * A payment was recorded.
     *
     * @param payment the payment as stored; never null
     * @param occurredAt when it was recorded; never null
     */
    record PaymentRecorded(Payment payment, Instant occurredAt) implements DomainEvent {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public PaymentRecorded {
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /**
     * A payment or credit note was applied to a document.
     *
     * @param allocation the allocation; never null
     * @param customerId the customer of the document; never null
     * @param occurredAt when it was applied; never null
     */
    record AllocationApplied(Allocation allocation, CustomerId customerId, Instant occurredAt)
            implements DomainEvent {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public AllocationApplied {
            Objects.requireNonNull(allocation, "allocation");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /**
     * An allocation was undone.
     *
     * @param allocation the allocation with its reversal day; never null
     * @param customerId the customer of the document; never null
     * @param occurredAt when it was undone; never null
     */
    record AllocationReversed(Allocation allocation, CustomerId customerId, Instant occurredAt)
            implements DomainEvent {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the allocation has no reversal day
         */
        public AllocationReversed {
            Objects.requireNonNull(allocation, "allocation");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (allocation.reversedOn() == null) {
                throw new IllegalArgumentException("allocation " + allocation.id()
                        + " has no reversal day");
            }
        }
    }

    /**
     * A document's collection status changed, such as to disputed or promised.
     *
     * @param documentId the document; never null
     * @param customerId its customer; never null
     * @param previous the status before; never null
     * @param current the status after; never null
     * @param occurredAt when it changed; never null
     */
    record DocumentStatusChanged(DocumentId documentId, CustomerId customerId,
            CollectionStatus previous, CollectionStatus current, Instant occurredAt)
            implements DomainEvent {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public DocumentStatusChanged {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /**
     * A channel accepted a reminder.
     *
     * @param idempotencyKey the outbox key; never null
     * @param customerId the debtor; never null
     * @param channel the channel; never null
     * @param documentIds the documents it was about; never null
     * @param receiptId the channel's message id, or null
     * @param occurredAt when the channel accepted it; never null
     */
    record ReminderSent(String idempotencyKey, CustomerId customerId, ContactChannel channel,
            List<DocumentId> documentIds, String receiptId, Instant occurredAt)
            implements DomainEvent {
        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if a component other than receiptId is null
         */
        public ReminderSent {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(occurredAt, "occurredAt");
            documentIds = List.copyOf(documentIds);
        }
    }

    /**
     * A reminder could not be sent.
     *
     * @param idempotencyKey the outbox key; never null
     * @param customerId the debtor; never null
     * @param channel the channel; never null
     * @param error what failed, without personal data; never null
     * @param willRetry true if the outbox will try again
     * @param occurredAt when the attempt failed; never null
     */
    record ReminderFailed(String idempotencyKey, CustomerId customerId, ContactChannel channel,
            String error, boolean willRetry, Instant occurredAt) implements DomainEvent {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public ReminderFailed {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /**
     * Matching proposed or applied a match, or a person decided on one.
     *
     * @param decisionId the decision; never null
     * @param status its status after the change; never null
     * @param paymentIds the payments it applies; never null
     * @param occurredAt when it changed; never null
     */
    record MatchDecisionRecorded(MatchDecisionId decisionId, MatchStatus status,
            List<PaymentId> paymentIds, Instant occurredAt) implements DomainEvent {
        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if a component is null
         */
        public MatchDecisionRecorded {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(occurredAt, "occurredAt");
            paymentIds = List.copyOf(paymentIds);
        }
    }

    /**
     * A bank statement was imported.
     *
     * @param statementKey the statement's key in the import store; never null
     * @param newEntries how many entries were new
     * @param duplicateEntries how many entries had been imported before
     * @param occurredAt when the import finished; never null
     */
    record StatementImported(String statementKey, int newEntries, int duplicateEntries,
            Instant occurredAt) implements DomainEvent {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if a count is negative
         */
        public StatementImported {
            Objects.requireNonNull(statementKey, "statementKey");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (newEntries < 0 || duplicateEntries < 0) {
                throw new IllegalArgumentException("statement " + statementKey
                        + " has negative entry counts " + newEntries + " and " + duplicateEntries);
            }
        }
    }
}
