package io.github.receivables.spi.store;

import io.github.receivables.core.party.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reminder outbox: a record is written before a reminder is sent and completed after, so a
 * crash neither loses nor repeats a send. Records are keyed by the planner's idempotency key.
 *
 * <p>Life of a record: inserted {@link OutboxStatus#PENDING}; a dispatcher claims it with a lease
 * ({@link #claimDue}); it sends with the key as idempotency key and completes the record as sent,
 * failed, unknown, or pending again for a retry ({@link #complete}), and may replace the payload
 * with the same step ({@link DispatchOutcome#payload()}). A crashed dispatcher's lease
 * ends and another dispatcher may claim the record again, with a higher attempt number. The state
 * machine is {@link OutboxRecord}'s; the store applies it atomically.
 *
 * <ul>
 *   <li>Idempotency: inserts are insert-if-absent, so two planners racing on one key insert it
 *       once and both learn the stored record. Completing twice with the same claim fails with
 *       {@link ConflictException} the second time.
 *   <li>Mutual exclusion: at any instant (as given by the callers' {@code now}) at most one
 *       claim's lease runs on a record, even under concurrent {@link #claimDue} calls from many
 *       nodes.
 *   <li>Time: the store never reads a clock; every instant comes from the caller. Instants are
 *       kept to at least microsecond precision.
 *   <li>Ordering: claims take due records by not-before instant, then key; listings order by
 *       creation instant, then key (keys in Unicode code point order).
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface ReminderOutboxStore {

    /**
     * Inserts a pending record for an entry unless its key is stored.
     *
     * @param entry the entry; never null
     * @return the new pending record, or the record already stored under the key; never null
     */
    InsertResult<OutboxRecord> insertIfAbsent(OutboxEntry entry);

    /**
     * Inserts pending records for the entries whose key is not stored.
     *
     * @param entries the entries; never null. When a key repeats in the input, the first is
     *     inserted and the later ones report it as already present
     * @return one result per entry, in the input's order; never null
     */
    List<InsertResult<OutboxRecord>> insertAllIfAbsent(Collection<OutboxEntry> entries);

    /**
     * Finds a record by key.
     *
     * @param key the idempotency key; never null
     * @return the record, or empty if none
     */
    Optional<OutboxRecord> find(String key);

    /**
     * Claims up to {@code limit} records that are claimable at {@code now} (see {@link
     * OutboxRecord#isClaimableAt}). Records claimed by a concurrent call are skipped, never
     * waited for.
     *
     * @param owner the dispatcher; 1 to 200 characters
     * @param now the current instant; never null
     * @param lease how long each claim lasts, positive; never null
     * @param limit the maximum number of records, 1 or more
     * @return the claimed records ordered by not-before instant, then key; never null
     */
    List<OutboxRecord> claimDue(String owner, Instant now, Duration lease, int limit);

    /**
     * Claims one record, if it is claimable at {@code now}.
     *
     * @param key the idempotency key; never null
     * @param owner the dispatcher; 1 to 200 characters
     * @param now the current instant; never null
     * @param lease how long the claim lasts, positive; never null
     * @return the claimed record, or empty if it is not claimable
     * @throws NotFoundException if no record has the key
     */
    Optional<OutboxRecord> claim(String key, String owner, Instant now, Duration lease);

    /**
     * Extends the lease of a claim the caller still holds.
     *
     * @param key the idempotency key; never null
     * @param claim the claim returned when the record was claimed; never null
     * @param now the current instant; never null
     * @param lease the new lease counted from now, positive; never null
     * @return the record with the renewed claim; never null
     * @throws NotFoundException if no record has the key
     * @throws ConflictException if the record is not pending or another claim replaced this one
     */
    OutboxRecord renew(String key, Claim claim, Instant now, Duration lease);

    /**
     * Records the outcome of the claimed attempt.
     *
     * @param key the idempotency key; never null
     * @param claim the claim returned when the record was claimed; never null
     * @param outcome what happened; never null
     * @return the completed record; never null
     * @throws NotFoundException if no record has the key
     * @throws ConflictException if the record is not pending or another claim replaced this one
     */
    OutboxRecord complete(String key, Claim claim, DispatchOutcome outcome);

    /**
     * Resolves a record whose outcome was unknown, after someone checked the channel.
     *
     * @param key the idempotency key; never null
     * @param outcome sent, failed, or retry; never null
     * @return the resolved record; never null
     * @throws NotFoundException if no record has the key
     * @throws ConflictException if the record's outcome is not unknown
     * @throws IllegalArgumentException if the outcome is unknown
     */
    OutboxRecord resolve(String key, DispatchOutcome outcome);

    /**
     * Replaces the payload of a record that is no longer pending, such as a sent record whose
     * delivery receipt arrived. Status, claim and times stay as they are.
     *
     * @param key the idempotency key; never null
     * @param payload the new payload; never null, at most {@link OutboxEntry#MAX_PAYLOAD_LENGTH}
     *     characters
     * @return the record with the new payload; never null
     * @throws NotFoundException if no record has the key
     * @throws ConflictException if the record is pending
     * @throws IllegalArgumentException if the payload is too long
     */
    OutboxRecord replacePayload(String key, String payload);

    /**
     * Withdraws a pending record that no dispatcher holds.
     *
     * @param key the idempotency key; never null
     * @param at the current instant; never null
     * @param reason why, without personal data; never null
     * @return the cancelled record; never null
     * @throws NotFoundException if no record has the key
     * @throws ConflictException if the record is not pending or a claim's lease runs at {@code at}
     */
    OutboxRecord cancel(String key, Instant at, String reason);

    /**
     * Lists a customer's records that were active at or after an instant: created or completed
     * then, or still open (pending or unknown). Contact budgets count these.
     *
     * @param customerId the customer; never null
     * @param activeSince the start of the window; never null
     * @param request the page size and continuation token; never null
     * @return the page ordered by creation instant, then key; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<OutboxRecord> findByCustomer(CustomerId customerId, Instant activeSince,
            PageRequest request);

    /**
     * Lists every customer's records created at or after an instant, in any status. The reminder
     * planner reads them as its history.
     *
     * @param createdSince the first creation instant included; never null
     * @param request the page size and continuation token; never null
     * @return the page ordered by creation instant, then key; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<OutboxRecord> findCreatedSince(Instant createdSince, PageRequest request);

    /**
     * Lists the records in a status, such as failed or unknown ones for an operator.
     *
     * @param status the status; never null
     * @param request the page size and continuation token; never null
     * @return the page ordered by creation instant, then key; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<OutboxRecord> findByStatus(OutboxStatus status, PageRequest request);

    /**
     * Deletes sent, failed and cancelled records completed before an instant. Their keys may then
     * be inserted again, so the cutoff must lie further back than any planner may plan again.
     *
     * @param cutoff records completed strictly before it are deleted; never null
     * @return how many records were deleted
     */
    int deleteFinishedBefore(Instant cutoff);
}
