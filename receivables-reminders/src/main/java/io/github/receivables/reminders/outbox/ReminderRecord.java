package io.github.receivables.reminders.outbox;

import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.DeliveryStatus;
import io.github.receivables.spi.store.Claim;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.OutboxStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The dispatcher's view of one stored outbox record: the reminder entry and the progress the
 * dispatcher keeps in the record's payload, combined with the store's status and claim.
 *
 * @param entry what to send; never null
 * @param progress the dispatcher's progress; never null
 * @param stored the record as the store returned it; never null
 */
public record ReminderRecord(ReminderEntry entry, Progress progress, OutboxRecord stored) {

    /**
     * The progress the dispatcher keeps beside the entry, written atomically with each outcome.
     *
     * @param deliveryIndex the delivery tried now, an index into the entry's deliveries
     * @param attemptsBefore the store's attempt count when this delivery began, so the attempts
     *     on this delivery are the store's count minus this
     * @param sentVia the channel that sent it, or null until sent
     * @param expired true if the contact window closed before it was sent
     * @param deliveryStatus the latest delivery status from a receipt; never null
     */
    public record Progress(int deliveryIndex, int attemptsBefore, ChannelKind sentVia,
            boolean expired, DeliveryStatus deliveryStatus) {

        /** The progress of a new entry: first delivery, no attempt, accepted. */
        public static final Progress START = new Progress(0, 0, null, false,
                DeliveryStatus.ACCEPTED);

        /**
         * Validates the components.
         *
         * @throws NullPointerException if deliveryStatus is null
         * @throws IllegalArgumentException if an index or count is negative
         */
        public Progress {
            Objects.requireNonNull(deliveryStatus, "deliveryStatus");
            if (deliveryIndex < 0 || attemptsBefore < 0) {
                throw new IllegalArgumentException("outbox progress has a negative delivery"
                        + " index " + deliveryIndex + " or attempt count " + attemptsBefore);
            }
        }
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the delivery index is outside the entry's deliveries
     */
    public ReminderRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(stored, "stored");
        if (progress.deliveryIndex() >= entry.deliveries().size()) {
            throw new IllegalArgumentException("outbox " + entry.key() + " delivery index "
                    + progress.deliveryIndex() + " is outside 0 to "
                    + (entry.deliveries().size() - 1));
        }
    }

    /**
     * Returns the idempotency key.
     *
     * @return the key of the entry; never null
     */
    public String key() {
        return entry.key();
    }

    /**
     * Returns the dispatcher's state, derived from the store's status and the progress: a
     * pending record with a claim is in flight, an unknown outcome is unconfirmed, and a failure
     * because the contact window closed is expired.
     *
     * @return the state; never null
     */
    public OutboxState state() {
        OutboxStatus status = stored.status();
        return switch (status) {
            case PENDING -> stored.claim() == null ? OutboxState.PENDING : OutboxState.IN_FLIGHT;
            case SENT -> OutboxState.SENT;
            case UNKNOWN -> OutboxState.UNCONFIRMED;
            case FAILED -> progress.expired() ? OutboxState.EXPIRED : OutboxState.FAILED;
            case CANCELLED -> OutboxState.CANCELLED;
        };
    }

    /**
     * Returns the attempts made on the current delivery, counting a claim whose dispatcher
     * crashed.
     *
     * @return the count, 0 before the first claim of this delivery
     */
    public int attempts() {
        return Math.max(0, stored.attempts() - progress.attemptsBefore());
    }

    /**
     * Returns the delivery tried now.
     *
     * @return the delivery; never null
     */
    public OutboxDelivery currentDelivery() {
        return entry.deliveries().get(progress.deliveryIndex());
    }

    /**
     * Tells whether another delivery follows the current one.
     *
     * @return true if a fallback channel is left
     */
    public boolean hasNextDelivery() {
        return progress.deliveryIndex() + 1 < entry.deliveries().size();
    }

    /**
     * Returns the idempotency key of one delivery, which the channel deduplicates on.
     *
     * @param index the delivery index
     * @return the record key, a colon and the channel kind; never null
     */
    public String deliveryKey(int index) {
        return entry.key() + ":" + entry.deliveries().get(index).kind().name();
    }

    /**
     * Returns the channel that sent it.
     *
     * @return the channel kind, or null until sent
     */
    public ChannelKind sentVia() {
        return progress.sentVia();
    }

    /**
     * Returns the latest delivery status.
     *
     * @return the status from the latest receipt, {@code ACCEPTED} before any; never null
     */
    public DeliveryStatus deliveryStatus() {
        return progress.deliveryStatus();
    }

    /**
     * Returns when the record became final or unconfirmed.
     *
     * @return the instant, or null while pending or in flight
     */
    public Instant completedAt() {
        return stored.completedAt();
    }

    /**
     * Returns the channel's message id once sent.
     *
     * @return the id, or null
     */
    public String providerMessageId() {
        return stored.receiptId();
    }

    /**
     * Returns the error of the last failed attempt or the reason the record ended.
     *
     * @return the text, or null
     */
    public String lastError() {
        return stored.statusDetail();
    }

    /**
     * Tells whether a dispatcher has a running claim on the record.
     *
     * @param owner the dispatcher
     * @param now the current instant
     * @return true if the record is pending and claimed by owner with a lease running at now
     */
    public boolean isHeldBy(String owner, Instant now) {
        Claim claim = stored.claim();
        return stored.status() == OutboxStatus.PENDING && claim != null
                && claim.owner().equals(owner) && claim.isActiveAt(now);
    }
}
