/**
 * Service provider interfaces a host implements: storage ({@code store}), holiday calendars
 * ({@code calendar}), exchange rates ({@code fx}), a cluster-wide lock per tenant ({@code lock})
 * and domain events out to the host ({@code event}). In-memory implementations of each are in
 * {@code memory}, and JSON mapping of the core types in {@code json}.
 */
package io.github.receivables.spi;
