package io.github.receivables.spi.store;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The transaction boundary the host controls: work given to {@link #inTransaction} reads and
 * writes through the {@link Stores} it receives, and its writes across all stores are committed
 * together or not at all.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>Atomicity: when the work returns normally, every write is committed; when it throws, no
 *       write is, and the same exception propagates unchanged.
 *   <li>Rollback-only: when a store operation inside the work throws a {@link StoreException}
 *       that the work catches, or a nested transaction ends with an exception, the transaction
 *       is rolled back even if the work then returns normally, and {@link
 *       TransactionAbortedException} is thrown. {@link InsertResult insert-if-absent} methods
 *       report a present key without failing, so they never make a transaction rollback-only.
 *   <li>Isolation: other callers never see uncommitted writes (no dirty reads), and two
 *       transactions never both succeed in writing the same row version or the same unique key.
 *       A transaction sees its own writes.
 *   <li>Nesting: calling {@code inTransaction} on the stores passed to the work joins the
 *       running transaction; there are no savepoints.
 *   <li>Confinement: the stores passed to the work may be used only by the calling thread and
 *       only until the work returns; streams opened inside must be closed inside.
 *   <li>Failure to commit is reported as {@link StoreUnavailableException} (outcome unknown,
 *       retry later) or {@link ConflictException} (serialization failure, nothing written).
 * </ul>
 *
 * <p>Implementations are thread-safe: many threads may run transactions at once.
 */
public interface TransactionRunner {

    /**
     * Runs work in one transaction and returns its result.
     *
     * @param work the work; it must use only the stores it receives; never null
     * @param <T> the result type
     * @return what the work returned, after the commit; may be null if the work returns null
     * @throws TransactionAbortedException if the transaction became rollback-only
     * @throws StoreException if the commit fails
     * @throws RuntimeException whatever the work threw, after the rollback
     */
    <T> T inTransaction(Function<? super Stores, ? extends T> work);

    /**
     * Runs work that returns nothing in one transaction.
     *
     * @param work the work; it must use only the stores it receives; never null
     * @throws TransactionAbortedException if the transaction became rollback-only
     * @throws StoreException if the commit fails
     * @throws RuntimeException whatever the work threw, after the rollback
     */
    default void runInTransaction(Consumer<? super Stores> work) {
        Objects.requireNonNull(work, "work");
        inTransaction(stores -> {
            work.accept(stores);
            return null;
        });
    }
}
