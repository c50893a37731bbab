package io.github.receivables.spi.notification.outbox;

import io.github.receivables.core.party.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Durable record of reminders decided, in flight and done. The dispatcher writes a record before
 * it sends and updates it after, so a crash between any two steps loses nothing. The planner
 * reads the records as the reminder history.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #insert} is atomic on the key: of two concurrent inserts of one key exactly one
 *       returns true.
 *   <li>{@link #update} is a compare-and-set on the version: it succeeds only when the stored
 *       version equals the version of {@code current}, and stores {@code next} with that version
 *       plus one.
 *   <li>Thread safety: all methods may be called concurrently from several threads and nodes.
 *   <li>Reads return committed records only. Nothing is ever deleted by the SDK; the host may
 *       purge terminal records older than its retention.
 * </ul>
 */
public interface OutboxStore {

    /**
     * Inserts a new record unless one with its key exists.
     *
     * @param record the record, version 0; never null
     * @return true if inserted, false if the key was already present
     */
    boolean insert(OutboxRecord record);

    /**
     * Returns the record of a key.
     *
     * @param key the idempotency key; never null
     * @return the stored record, or empty when absent
     */
    Optional<OutboxRecord> find(String key);

    /**
     * Replaces a record unless another writer changed it since it was read.
     *
     * @param current the record as read; never null
     * @param next the new content for the same key; never null
     * @return the stored record with version {@code current.version() + 1}, or empty when the
     *     stored version differs (another writer won)
     * @throws IllegalArgumentException if the keys of current and next differ
     */
    Optional<OutboxRecord> update(OutboxRecord current, OutboxRecord next);

    /**
     * Returns records a dispatcher should work on: pending, or in flight with a lease that ended
     * at or before {@code now}, whose send time has come, oldest send time first.
     *
     * @param now the current time; never null
     * @param limit the most records to return, at least 1
     * @return the records; never null
     */
    List<OutboxRecord> findResumable(Instant now, int limit);

    /**
     * Returns every record of a customer, in key order.
     *
     * @param customerId the customer; never null
     * @return the records; never null
     */
    List<OutboxRecord> findByCustomer(CustomerId customerId);

    /**
     * Streams the records planned on or after a day, for building the planner's history. The
     * caller closes the stream.
     *
     * @param from the first planned day; never null
     * @return the records in no particular order; never null
     */
    Stream<OutboxRecord> streamPlannedSince(LocalDate from);
}
