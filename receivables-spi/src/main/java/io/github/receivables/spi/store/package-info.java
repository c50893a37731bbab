/**
 * Storage SPI: the stores the engines read and write, the transaction boundary over them
 * ({@link io.github.receivables.spi.store.Stores}), keyset paging and the store failures.
 *
 * <p>Conventions shared by every store:
 *
 * <ul>
 *   <li>Reads of many rows are paged ({@link io.github.receivables.spi.store.Page}) or streamed
 *       (a {@link java.util.stream.Stream} the caller must close); methods returning a
 *       {@link java.util.List} are bounded by their arguments.
 *   <li>Bulk writes take collections and are atomic on their own.
 *   <li>Mutable rows carry a version ({@link io.github.receivables.spi.store.Versioned}) checked
 *       on update.
 *   <li>Failures are {@link io.github.receivables.spi.store.StoreException} subclasses; argument
 *       errors (null, malformed token) are {@link java.lang.NullPointerException} and {@link
 *       java.lang.IllegalArgumentException}.
 *   <li>Stores never read a clock: instants come from the caller.
 * </ul>
 */
package io.github.receivables.spi.store;
