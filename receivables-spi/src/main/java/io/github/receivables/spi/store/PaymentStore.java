package io.github.receivables.spi.store;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Money received, keyed by {@link PaymentId}, each row versioned for optimistic locking. A
 * payment's {@link Payment#externalId() external id} (bank entry id or provider event id) is
 * unique when set, which makes imports idempotent. The store compares external ids exactly, so the
 * caller prefixes each with its source (such as {@code camt:} plus the entry id) to keep the ids
 * of two banks apart.
 *
 * <ul>
 *   <li>Idempotency: {@link #insert} fails on a present id or external id; {@link
 *       #insertAllIfAbsent} is safe to repeat and is how statement and provider imports record
 *       payments.
 *   <li>Ordering: by payment id, ascending in Unicode code point order of its value.
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface PaymentStore {

    /**
     * Inserts a new payment.
     *
     * @param payment the payment; never null
     * @return the stored row at version 1; never null
     * @throws DuplicateKeyException if a payment with the same id, or the same non-null external
     *     id, exists
     */
    Versioned<Payment> insert(Payment payment);

    /**
     * Inserts the payments that are not yet stored and leaves the others unchanged. A payment
     * counts as present when a stored payment has its id, or its non-null external id. The
     * result then carries the payment found by id, else the one found by external id.
     *
     * @param payments the payments; never null. When an id or external id repeats in the input,
     *     the first is inserted and the later ones report it as already present
     * @return one result per input payment, in the input's order; never null
     */
    List<InsertResult<Versioned<Payment>>> insertAllIfAbsent(Collection<Payment> payments);

    /**
     * Finds a payment by id.
     *
     * @param id the id; never null
     * @return the row, or empty if none
     */
    Optional<Versioned<Payment>> find(PaymentId id);

    /**
     * Finds payments by a set of ids.
     *
     * @param ids the ids; never null. Ids not stored are absent from the result
     * @return the rows found, keyed by id; never null
     */
    Map<PaymentId, Versioned<Payment>> findAll(Collection<PaymentId> ids);

    /**
     * Finds the payment with an external id.
     *
     * @param externalId the external id, exactly as stored; never null
     * @return the row, or empty if none
     */
    Optional<Versioned<Payment>> findByExternalId(String externalId);

    /**
     * Lists the payments of a customer, one page at a time.
     *
     * @param customerId the payer; never null
     * @param request the page size and continuation token; never null
     * @return the page, ordered by payment id; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<Versioned<Payment>> findByCustomer(CustomerId customerId, PageRequest request);

    /**
     * Lists the payments whose payer is not yet identified, one page at a time; matching works
     * through them.
     *
     * @param request the page size and continuation token; never null
     * @return the page, ordered by payment id; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<Versioned<Payment>> findUnidentified(PageRequest request);

    /**
     * Replaces a payment, checking the version it was read at, such as when its payer is
     * identified.
     *
     * @param payment the new value, identified by its id; never null
     * @param expectedVersion the version the caller read
     * @return the stored row at {@code expectedVersion + 1}; never null
     * @throws NotFoundException if no payment has the id
     * @throws OptimisticLockException if the stored version differs from expectedVersion
     * @throws DuplicateKeyException if the new external id belongs to another payment
     */
    Versioned<Payment> update(Payment payment, long expectedVersion);
}
