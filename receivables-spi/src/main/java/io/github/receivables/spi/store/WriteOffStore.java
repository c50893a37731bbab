package io.github.receivables.spi.store;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Write-offs of documents, keyed by {@link WriteOffId}: small gaps accepted when a payment
 * settled a document (a bank fee, rounding, an exchange difference) and debts given up. Like
 * allocations they are append-only: the one change allowed is recording a reversal, once, so rows
 * carry no version. The store checks that the document is stored but not the amount (the core
 * ledger checks that a document is not over-settled).
 *
 * <ul>
 *   <li>Integrity: the document must be stored when the write-off is inserted.
 *   <li>Idempotency: inserts fail on a present id, so a caller that retries after an unknown
 *       outcome finds the write-off with {@link #find} first; {@link #reverse} fails when the
 *       write-off is already reversed.
 *   <li>Ordering: by write-off id, ascending in Unicode code point order of its value.
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface WriteOffStore {

    /**
     * Inserts a new write-off.
     *
     * @param writeOff the write-off, in force or already reversed; never null
     * @return the stored write-off; never null
     * @throws DuplicateKeyException if a write-off with the same id exists
     * @throws NotFoundException if the document is not stored
     */
    WriteOffRecord insert(WriteOffRecord writeOff);

    /**
     * Inserts new write-offs, all or none.
     *
     * @param writeOffs the write-offs; never null, and no id may repeat
     * @return the stored write-offs in the input's order; never null
     * @throws DuplicateKeyException if an id exists or repeats in the input; nothing is inserted
     * @throws NotFoundException if a document is not stored; nothing is inserted
     */
    List<WriteOffRecord> insertAll(Collection<WriteOffRecord> writeOffs);

    /**
     * Finds a write-off by id.
     *
     * @param id the id; never null
     * @return the write-off, or empty if none
     */
    Optional<WriteOffRecord> find(WriteOffId id);

    /**
     * Records that a write-off was undone on a day, so the document is open again by its amount
     * from that day on. Reports as of earlier days still see it.
     *
     * @param id the write-off; never null
     * @param on the reversal day, on or after the day of the write-off; never null
     * @return the reversed write-off; never null
     * @throws NotFoundException if no write-off has the id
     * @throws ConflictException if it is already reversed
     * @throws IllegalArgumentException if the day precedes the day of the write-off
     */
    WriteOffRecord reverse(WriteOffId id, LocalDate on);

    /**
     * Finds the write-offs of a document, reversed ones included.
     *
     * @param documentId the document; never null
     * @return the write-offs ordered by id; never null
     */
    List<WriteOffRecord> findByDocument(DocumentId documentId);

    /**
     * Finds the write-offs with a source, reversed ones included.
     *
     * @param source the {@link WriteOffRecord#source()}; never null
     * @return the write-offs ordered by id; never null
     */
    List<WriteOffRecord> findBySource(String source);

    /**
     * Streams the write-offs of every document of a customer, reversed ones included. Together
     * with {@link DocumentStore#streamByCustomer} and {@link AllocationStore#streamByCustomer} it
     * gives the ledger what it needs to derive the customer's open items.
     *
     * @param customerId the customer of the documents; never null
     * @return the write-offs ordered by id; the caller must close the stream
     */
    Stream<WriteOffRecord> streamByCustomer(CustomerId customerId);
}
