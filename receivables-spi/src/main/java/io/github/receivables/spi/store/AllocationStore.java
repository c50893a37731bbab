package io.github.receivables.spi.store;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Allocations of payments and credit notes to documents, keyed by {@link AllocationId}. They are
 * append-only: the one change allowed is recording a reversal, once, so rows carry no version.
 * The store checks references but not amounts (the core ledger checks that a document is not
 * over-settled).
 *
 * <ul>
 *   <li>Integrity: the target document must be stored, and so must the source (the payment, or
 *       the credit note as a document), when the allocation is inserted.
 *   <li>Idempotency: inserts fail on a present id, so a caller that retries after an unknown
 *       outcome finds the allocation with {@link #find} first; {@link #reverse} fails when the
 *       allocation is already reversed.
 *   <li>Ordering: by allocation id, ascending in Unicode code point order of its value.
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface AllocationStore {

    /**
     * Inserts a new allocation.
     *
     * @param allocation the allocation, in force or already reversed; never null
     * @return the stored allocation; never null
     * @throws DuplicateKeyException if an allocation with the same id exists
     * @throws NotFoundException if the target document or the source is not stored
     */
    Allocation insert(Allocation allocation);

    /**
     * Inserts new allocations, all or none.
     *
     * @param allocations the allocations; never null, and no id may repeat
     * @return the stored allocations in the input's order; never null
     * @throws DuplicateKeyException if an id exists or repeats in the input; nothing is inserted
     * @throws NotFoundException if a target document or source is not stored; nothing is inserted
     */
    List<Allocation> insertAll(Collection<Allocation> allocations);

    /**
     * Finds an allocation by id.
     *
     * @param id the id; never null
     * @return the allocation, or empty if none
     */
    Optional<Allocation> find(AllocationId id);

    /**
     * Records that an allocation was undone on a day. Reports as of earlier days still see it.
     *
     * @param id the allocation; never null
     * @param on the reversal day, on or after the day it was applied; never null
     * @return the reversed allocation; never null
     * @throws NotFoundException if no allocation has the id
     * @throws ConflictException if it is already reversed
     * @throws IllegalArgumentException if the day precedes the day it was applied
     */
    Allocation reverse(AllocationId id, LocalDate on);

    /**
     * Finds the allocations that settle a document, reversed ones included.
     *
     * @param documentId the document; never null
     * @return the allocations ordered by id; never null
     */
    List<Allocation> findByDocument(DocumentId documentId);

    /**
     * Finds the allocations that take money from a payment or credit note, reversed ones included.
     *
     * @param source the payment or credit note; never null
     * @return the allocations ordered by id; never null
     */
    List<Allocation> findBySource(AllocationSource source);

    /**
     * Streams the allocations that settle any document of a customer, reversed ones included.
     * Together with {@link DocumentStore#streamByCustomer} it gives the ledger what it needs to
     * derive the customer's open items.
     *
     * @param customerId the customer of the target documents; never null
     * @return the allocations ordered by id; the caller must close the stream
     */
    Stream<Allocation> streamByCustomer(CustomerId customerId);
}
