package io.github.receivables.spi.store;

import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Payment adjustments, keyed by {@link PaymentAdjustmentId}: parts of payments that leave the
 * customer's unapplied cash without settling a document, such as a rounding gain kept by the
 * creditor or money the bank returned to the payer. Like allocations they are append-only: the
 * one change allowed is recording a reversal, once, so rows carry no version. The store checks
 * that the payment is stored but not the amount (the core ledger checks that a payment is not
 * used beyond its amount).
 *
 * <ul>
 *   <li>Integrity: the payment must be stored when the adjustment is inserted.
 *   <li>Idempotency: inserts fail on a present id, so a caller that retries after an unknown
 *       outcome finds the adjustment with {@link #find} first; {@link #reverse} fails when the
 *       adjustment is already reversed.
 *   <li>Ordering: by adjustment id, ascending in Unicode code point order of its value.
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface PaymentAdjustmentStore {

    /**
     * Inserts a new adjustment.
     *
     * @param adjustment the adjustment, in force or already reversed; never null
     * @return the stored adjustment; never null
     * @throws DuplicateKeyException if an adjustment with the same id exists
     * @throws NotFoundException if the payment is not stored
     */
    PaymentAdjustmentRecord insert(PaymentAdjustmentRecord adjustment);

    /**
     * Inserts new adjustments, all or none.
     *
     * @param adjustments the adjustments; never null, and no id may repeat
     * @return the stored adjustments in the input's order; never null
     * @throws DuplicateKeyException if an id exists or repeats in the input; nothing is inserted
     * @throws NotFoundException if a payment is not stored; nothing is inserted
     */
    List<PaymentAdjustmentRecord> insertAll(Collection<PaymentAdjustmentRecord> adjustments);

    /**
     * Finds an adjustment by id.
     *
     * @param id the id; never null
     * @return the adjustment, or empty if none
     */
    Optional<PaymentAdjustmentRecord> find(PaymentAdjustmentId id);

    /**
     * Records that an adjustment was undone on a day, so the payment is unapplied again by its
     * amount from that day on. Reports as of earlier days still see it.
     *
     * @param id the adjustment; never null
     * @param on the reversal day, on or after the day of the adjustment; never null
     * @return the reversed adjustment; never null
     * @throws NotFoundException if no adjustment has the id
     * @throws ConflictException if it is already reversed
     * @throws IllegalArgumentException if the day precedes the day of the adjustment
     */
    PaymentAdjustmentRecord reverse(PaymentAdjustmentId id, LocalDate on);

    /**
     * Finds the adjustments of a payment, reversed ones included.
     *
     * @param paymentId the payment; never null
     * @return the adjustments ordered by id; never null
     */
    List<PaymentAdjustmentRecord> findByPayment(PaymentId paymentId);

    /**
     * Finds the adjustments with a source, reversed ones included.
     *
     * @param source the {@link PaymentAdjustmentRecord#source()}; never null
     * @return the adjustments ordered by id; never null
     */
    List<PaymentAdjustmentRecord> findBySource(String source);

    /**
     * Streams the adjustments of every payment identified to a customer, reversed ones included.
     * A payment counts for the customer it belongs to when the stream is opened. Together with
     * {@link PaymentStore} and {@link AllocationStore#streamByCustomer} it gives the ledger what
     * it needs to derive the customer's unapplied cash.
     *
     * @param customerId the customer of the payments; never null
     * @return the adjustments ordered by id; the caller must close the stream
     */
    Stream<PaymentAdjustmentRecord> streamByCustomer(CustomerId customerId);
}
