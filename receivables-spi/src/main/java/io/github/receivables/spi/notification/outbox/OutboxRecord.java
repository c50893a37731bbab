package io.github.receivables.spi.notification.outbox;

import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.DeliveryStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * An outbox entry with its progress. Records are immutable; each change makes a new record that
 * a store accepts only over the version it was made from (see {@link OutboxStore#update}).
 *
 * @param entry what to send; never null
 * @param state the record's state; never null
 * @param deliveryIndex the index in {@link OutboxEntry#deliveries()} being tried, zero or more
 * @param attempts send attempts made on the current delivery, zero or more
 * @param leaseOwner the dispatcher that claimed it, or null when not in flight
 * @param leaseUntil when the claim lapses and another dispatcher may resume it, or null
 * @param providerMessageId the channel's id of the message once sent, or null
 * @param sentVia the channel that accepted it, or null
 * @param completedAt when it reached a terminal state, or null
 * @param lastError the last failure reason, without personal data, or null
 * @param deliveryStatus the latest delivery receipt status, {@code ACCEPTED} when none; never
 *     null
 * @param updatedAt when this version was made; never null
 * @param version the store's version, 0 for a new record, one more on every update
 */
public record OutboxRecord(
        OutboxEntry entry,
        OutboxState state,
        int deliveryIndex,
        int attempts,
        String leaseOwner,
        Instant leaseUntil,
        String providerMessageId,
        ChannelKind sentVia,
        Instant completedAt,
        String lastError,
        DeliveryStatus deliveryStatus,
        Instant updatedAt,
        long version) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if entry, state, deliveryStatus or updatedAt is null
     * @throws IllegalArgumentException if an index or count is out of range
     */
    public OutboxRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deliveryStatus, "deliveryStatus");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (deliveryIndex < 0 || deliveryIndex >= entry.deliveries().size()) {
            throw new IllegalArgumentException("outbox " + entry.key() + " delivery index "
                    + deliveryIndex + " is outside 0 to " + (entry.deliveries().size() - 1));
        }
        if (attempts < 0 || version < 0) {
            throw new IllegalArgumentException("outbox " + entry.key()
                    + " attempts and version must not be negative");
        }
    }

    /**
     * Creates the first version of a record: pending on its first delivery.
     *
     * @param entry what to send; never null
     * @param now the current time; never null
     * @return the record; never null
     */
    public static OutboxRecord pending(OutboxEntry entry, Instant now) {
        return new OutboxRecord(entry, OutboxState.PENDING, 0, 0, null, null, null, null, null,
                null, DeliveryStatus.ACCEPTED, now, 0);
    }

    /**
     * Returns the record's key.
     *
     * @return the idempotency key of the entry; never null
     */
    public String key() {
        return entry.key();
    }

    /**
     * Returns the delivery being tried.
     *
     * @return the current delivery; never null
     */
    public OutboxDelivery currentDelivery() {
        return entry.deliveries().get(deliveryIndex);
    }

    /**
     * Returns the idempotency key sent to the channel of one delivery: the entry key followed by
     * a colon and the channel kind, so a fallback channel gets a key of its own.
     *
     * @param index the delivery index
     * @return the key, at most 200 characters; never null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public String deliveryKey(int index) {
        return entry.key() + ":" + entry.deliveries().get(index).kind().name();
    }

    /**
     * Tells whether a dispatcher may claim the record now: pending, or in flight with a lapsed
     * lease.
     *
     * @param now the current time; never null
     * @return true if the record may be claimed
     */
    public boolean isClaimable(Instant now) {
        if (state == OutboxState.PENDING) {
            return true;
        }
        return state == OutboxState.IN_FLIGHT && !leaseUntil.isAfter(now);
    }

    /**
     * Returns the record claimed by a dispatcher for one more attempt.
     *
     * @param owner the dispatcher's id; never null
     * @param until when the claim lapses; never null
     * @param now the current time; never null
     * @return the claimed record; never null
     */
    public OutboxRecord claimed(String owner, Instant until, Instant now) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(until, "until");
        return new OutboxRecord(entry, OutboxState.IN_FLIGHT, deliveryIndex, attempts + 1, owner,
                until, providerMessageId, sentVia, completedAt, lastError, deliveryStatus, now,
                version);
    }

    /**
     * Returns the record sent by the current delivery.
     *
     * @param messageId the channel's message id; never null
     * @param now the current time; never null
     * @return the sent record; never null
     */
    public OutboxRecord sent(String messageId, Instant now) {
        Objects.requireNonNull(messageId, "messageId");
        return new OutboxRecord(entry, OutboxState.SENT, deliveryIndex, attempts, null, null,
                messageId, currentDelivery().kind(), now, lastError, deliveryStatus, now, version);
    }

    /**
     * Returns the record back to pending after a failed attempt, on the same delivery.
     *
     * @param error the failure reason; never null
     * @param now the current time; never null
     * @return the pending record; never null
     */
    public OutboxRecord retryLater(String error, Instant now) {
        return new OutboxRecord(entry, OutboxState.PENDING, deliveryIndex, attempts, null, null,
                providerMessageId, sentVia, null, error, deliveryStatus, now, version);
    }

    /**
     * Returns the record pending on the next delivery, with its attempts reset.
     *
     * @param error why the current delivery was given up; never null
     * @param now the current time; never null
     * @return the pending record; never null
     * @throws IllegalStateException if there is no next delivery
     */
    public OutboxRecord nextDelivery(String error, Instant now) {
        if (!hasNextDelivery()) {
            throw new IllegalStateException("outbox " + key() + " has no delivery after index "
                    + deliveryIndex);
        }
        return new OutboxRecord(entry, OutboxState.PENDING, deliveryIndex + 1, 0, null, null,
                providerMessageId, sentVia, null, error, deliveryStatus, now, version);
    }

    /**
     * Tells whether another delivery follows the current one.
     *
     * @return true if a fallback channel is left
     */
    public boolean hasNextDelivery() {
        return deliveryIndex + 1 < entry.deliveries().size();
    }

    /**
     * Returns the record in a terminal state other than sent.
     *
     * @param terminal failed, unconfirmed, expired or cancelled; never null
     * @param error the reason; never null
     * @param now the current time; never null
     * @return the finished record; never null
     * @throws IllegalArgumentException if the state is not terminal or is {@code SENT}
     */
    public OutboxRecord finished(OutboxState terminal, String error, Instant now) {
        if (!terminal.isTerminal() || terminal == OutboxState.SENT) {
            throw new IllegalArgumentException("state " + terminal
                    + " is not a terminal state other than SENT");
        }
        return new OutboxRecord(entry, terminal, deliveryIndex, attempts, null, null,
                providerMessageId, sentVia, now, error, deliveryStatus, now, version);
    }

    /**
     * Returns the record with a delivery receipt status.
     *
     * @param status the receipt status; never null
     * @param now the current time; never null
     * @return the updated record; never null
     */
    public OutboxRecord withDeliveryStatus(DeliveryStatus status, Instant now) {
        return new OutboxRecord(entry, state, deliveryIndex, attempts, leaseOwner, leaseUntil,
                providerMessageId, sentVia, completedAt, lastError,
                Objects.requireNonNull(status, "status"), now, version);
    }

    /**
     * Returns the record with another version number, for stores.
     *
     * @param newVersion the version
     * @return the record with that version; never null
     */
    public OutboxRecord withVersion(long newVersion) {
        return new OutboxRecord(entry, state, deliveryIndex, attempts, leaseOwner, leaseUntil,
                providerMessageId, sentVia, completedAt, lastError, deliveryStatus, updatedAt,
                newVersion);
    }
}
