package io.github.receivables.spi.store;

import io.github.receivables.core.party.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An outbox entry with its dispatch state. The transition methods ({@link #claimedBy}, {@link
 * #renewed}, {@link #completed}, {@link #resolved}, {@link #cancelled}) encode the state machine
 * once, so every adapter applies the same rules: an adapter may call them on a row it has locked,
 * or write the same conditions in SQL.
 *
 * @param entry what to send; never null
 * @param status the record's status; never null
 * @param attempts how many claims were made, 0 before the first
 * @param claim the current claim, or null when none was made since the record was last opened;
 *     a pending record whose claim lease has ended may be claimed again
 * @param completedAt when the record became final or unknown, or null while pending
 * @param receiptId the channel's message id once sent, or null
 * @param statusDetail the error of the last failed attempt, the reason for a cancellation or what
 *     is known about an unknown outcome; null when there is none
 */
public record OutboxRecord(
        OutboxEntry entry,
        OutboxStatus status,
        int attempts,
        Claim claim,
        Instant completedAt,
        String receiptId,
        String statusDetail) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if entry or status is null
     * @throws IllegalArgumentException if attempts is negative, or a pending record has a
     *     completion time or a final one lacks it
     */
    public OutboxRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("outbox record " + entry.key()
                    + " has negative attempts " + attempts);
        }
        if ((status == OutboxStatus.PENDING) != (completedAt == null)) {
            throw new IllegalArgumentException("outbox record " + entry.key() + " is " + status
                    + " with completedAt " + completedAt
                    + ": only pending records lack a completion time");
        }
    }

    /**
     * Returns a new entry's record: pending, never claimed.
     *
     * @param entry the entry
     * @return the record
     */
    public static OutboxRecord pending(OutboxEntry entry) {
        return new OutboxRecord(entry, OutboxStatus.PENDING, 0, null, null, null, null);
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
     * Returns the debtor.
     *
     * @return the customer of the entry; never null
     */
    public CustomerId customerId() {
        return entry.customerId();
    }

    /**
     * Tells whether a dispatcher may claim the record at an instant: it is pending, due, and no
     * claim's lease runs.
     *
     * @param now the instant
     * @return true if claimable
     */
    public boolean isClaimableAt(Instant now) {
        return status == OutboxStatus.PENDING
                && !entry.notBefore().isAfter(now)
                && (claim == null || !claim.isActiveAt(now));
    }

    /**
     * Returns the record claimed for the next attempt.
     *
     * @param owner the dispatcher
     * @param now the current instant
     * @param lease how long the claim lasts, positive
     * @return the claimed record, attempts raised by one
     * @throws ConflictException if the record is not claimable at now
     * @throws IllegalArgumentException if the lease is not positive or the owner is invalid
     */
    public OutboxRecord claimedBy(String owner, Instant now, Duration lease) {
        Claim.requireOwner(owner);
        requirePositive(lease);
        if (!isClaimableAt(now)) {
            throw new ConflictException("outbox record " + key() + " is not claimable at " + now
                    + ": status " + status + ", not before " + entry.notBefore()
                    + (claim == null ? "" : ", claimed by " + claim.owner() + " until "
                            + claim.leaseUntil()));
        }
        int attempt = Math.addExact(attempts, 1);
        return new OutboxRecord(entry, status, attempt, new Claim(owner, attempt, now.plus(lease)),
                null, receiptId, statusDetail);
    }

    /**
     * Returns the record with its claim's lease extended.
     *
     * @param current the claim returned to the dispatcher when it claimed the record
     * @param now the current instant
     * @param lease the new lease, counted from now, positive
     * @return the record with the renewed claim
     * @throws ConflictException if the record is not pending or another claim replaced this one
     */
    public OutboxRecord renewed(Claim current, Instant now, Duration lease) {
        requirePositive(lease);
        requireHeld(current);
        Claim renewed = new Claim(claim.owner(), claim.attempt(), now.plus(lease));
        return new OutboxRecord(entry, status, attempts, renewed, null, receiptId, statusDetail);
    }

    /**
     * Returns the record after the outcome of the claimed attempt. The claim need not be active
     * any longer; it must only not have been replaced.
     *
     * @param current the claim returned to the dispatcher when it claimed the record
     * @param outcome what happened
     * @return the record: sent, failed or unknown, or pending again with a new not-before instant
     *     for a retry
     * @throws ConflictException if the record is not pending or another claim replaced this one
     */
    public OutboxRecord completed(Claim current, DispatchOutcome outcome) {
        requireHeld(current);
        return applyOutcome(outcome);
    }

    /**
     * Returns the record after someone resolved an unknown outcome.
     *
     * @param outcome what was found: sent, failed, or retry to send it again
     * @return the resolved record
     * @throws ConflictException if the record's status is not unknown
     * @throws IllegalArgumentException if the outcome is unknown again
     */
    public OutboxRecord resolved(DispatchOutcome outcome) {
        if (status != OutboxStatus.UNKNOWN) {
            throw new ConflictException("outbox record " + key() + " is " + status
                    + "; only records with an unknown outcome can be resolved");
        }
        if (outcome instanceof DispatchOutcome.Unknown) {
            throw new IllegalArgumentException("resolve outbox record " + key()
                    + " with sent, failed or retry, not unknown");
        }
        return applyOutcome(outcome);
    }

    /**
     * Returns the record withdrawn before it was sent.
     *
     * @param at the current instant
     * @param reason why, without personal data
     * @return the cancelled record
     * @throws ConflictException if the record is not pending, or a claim's lease runs at {@code at}
     */
    public OutboxRecord cancelled(Instant at, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (status != OutboxStatus.PENDING || claim != null && claim.isActiveAt(at)) {
            throw new ConflictException("outbox record " + key() + " cannot be cancelled at " + at
                    + ": status " + status + (claim == null ? "" : ", claimed by "
                            + claim.owner() + " until " + claim.leaseUntil()));
        }
        return new OutboxRecord(entry, OutboxStatus.CANCELLED, attempts, claim, at, receiptId,
                reason);
    }

    /**
     * Returns the record with a new payload, such as a delivery receipt that arrived after the
     * send. Only records no dispatcher may work on take a new payload this way; a pending record
     * changes its payload with the outcome of a claimed attempt ({@link
     * DispatchOutcome#payload()}).
     *
     * @param payload the new payload; never null, at most {@link OutboxEntry#MAX_PAYLOAD_LENGTH}
     *     characters
     * @return the record with the new payload and nothing else changed
     * @throws ConflictException if the record is pending
     * @throws IllegalArgumentException if the payload is too long
     */
    public OutboxRecord withPayload(String payload) {
        Objects.requireNonNull(payload, "payload");
        if (status == OutboxStatus.PENDING) {
            throw new ConflictException("outbox record " + key() + " is pending; its payload"
                    + " changes only with the outcome of a claimed attempt");
        }
        return new OutboxRecord(entry(entry.notBefore(), payload), status, attempts, claim,
                completedAt, receiptId, statusDetail);
    }

    private OutboxRecord applyOutcome(DispatchOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        OutboxEntry next = outcome.payload() == null ? entry : entry(entry.notBefore(),
                outcome.payload());
        if (outcome instanceof DispatchOutcome.Sent sent) {
            return new OutboxRecord(next, OutboxStatus.SENT, attempts, claim, sent.at(),
                    sent.receiptId(), null);
        }
        if (outcome instanceof DispatchOutcome.Failed failed) {
            return new OutboxRecord(next, OutboxStatus.FAILED, attempts, claim, failed.at(), null,
                    failed.error());
        }
        if (outcome instanceof DispatchOutcome.Unknown unknown) {
            return new OutboxRecord(next, OutboxStatus.UNKNOWN, attempts, claim, unknown.at(),
                    null, unknown.detail());
        }
        DispatchOutcome.Retry retry = (DispatchOutcome.Retry) outcome;
        return new OutboxRecord(entry(retry.retryAt(), next.payload()), OutboxStatus.PENDING,
                attempts, null, null, null, retry.error());
    }

    private OutboxEntry entry(Instant notBefore, String payload) {
        return new OutboxEntry(entry.key(), entry.customerId(), entry.channel(),
                entry.documentIds(), entry.createdAt(), notBefore, payload);
    }

    private void requireHeld(Claim current) {
        Objects.requireNonNull(current, "claim");
        if (status != OutboxStatus.PENDING || claim == null
                || !claim.owner().equals(current.owner()) || claim.attempt() != current.attempt()) {
            throw new ConflictException("outbox record " + key() + " is no longer held by "
                    + current.owner() + " for attempt " + current.attempt() + ": status " + status
                    + (claim == null ? ", no claim" : ", claim of " + claim.owner()
                            + " for attempt " + claim.attempt()));
        }
    }

    private static void requirePositive(Duration lease) {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
    }
}
