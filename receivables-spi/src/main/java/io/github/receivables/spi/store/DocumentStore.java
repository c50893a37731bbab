package io.github.receivables.spi.store;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Invoices, notes and charges, keyed by {@link DocumentId}, each row versioned for optimistic
 * locking. The store keeps documents as issued plus their collection status. Open balances are
 * derived by the core ledger from documents and allocations, so the store never filters by
 * balance. A document's customer need not be stored yet (documents may arrive from the tax
 * authority before the customer's master data).
 *
 * <ul>
 *   <li>Idempotency: {@link #insert} and {@link #insertAll} fail on a present id; {@link
 *       #insertAllIfAbsent} is safe to repeat, such as when a sales register is imported twice.
 *   <li>Ordering: by document id, ascending in Unicode code point order of its value.
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface DocumentStore {

    /**
     * Inserts a new document.
     *
     * @param document the document; never null
     * @return the stored row at version 1; never null
     * @throws DuplicateKeyException if a document with the same id exists
     */
    Versioned<Document> insert(Document document);

    /**
     * Inserts new documents, all or none.
     *
     * @param documents the documents; never null, and no id may repeat
     * @return the stored rows at version 1, in the input's order; never null
     * @throws DuplicateKeyException if an id exists or repeats in the input; nothing is inserted
     */
    List<Versioned<Document>> insertAll(Collection<Document> documents);

    /**
     * Inserts the documents whose id is not yet stored and leaves the others unchanged.
     *
     * @param documents the documents; never null. When an id repeats in the input, the first is
     *     inserted and the later ones report it as already present
     * @return one result per input document, in the input's order; never null
     */
    List<InsertResult<Versioned<Document>>> insertAllIfAbsent(Collection<Document> documents);

    /**
     * Finds a document by id.
     *
     * @param id the id; never null
     * @return the row, or empty if none
     */
    Optional<Versioned<Document>> find(DocumentId id);

    /**
     * Finds documents by a set of ids.
     *
     * @param ids the ids; never null. Ids not stored are absent from the result
     * @return the rows found, keyed by id; never null
     */
    Map<DocumentId, Versioned<Document>> findAll(Collection<DocumentId> ids);

    /**
     * Finds the documents with a number, such as an SII folio quoted in a remittance. The match is
     * exact: the caller normalizes (for example strips leading zeros) before asking.
     *
     * @param number the number as stored; never null
     * @return the rows of every customer and kind with that number, ordered by id; never null
     */
    List<Versioned<Document>> findByNumber(String number);

    /**
     * Streams every document of a customer, in any collection status.
     *
     * @param customerId the customer; never null
     * @return the rows ordered by id; the caller must close the stream, which releases the
     *     adapter's cursor and connection
     */
    Stream<Versioned<Document>> streamByCustomer(CustomerId customerId);

    /**
     * Replaces a document, checking the version it was read at. Used for status changes
     * (dispute, hold, promise, write-off) and corrections.
     *
     * @param document the new value, identified by its id; never null
     * @param expectedVersion the version the caller read
     * @return the stored row at {@code expectedVersion + 1}; never null
     * @throws NotFoundException if no document has the id
     * @throws OptimisticLockException if the stored version differs from expectedVersion
     */
    Versioned<Document> update(Document document, long expectedVersion);

    /**
     * Lists all documents, one page at a time.
     *
     * @param request the page size and continuation token; never null
     * @return the page, ordered by document id; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<Versioned<Document>> list(PageRequest request);
}
