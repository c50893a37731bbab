/**
 * In-memory implementations of every SPI: {@link io.github.receivables.spi.memory.InMemoryStores}
 * for storage, and a holiday calendar, exchange rates, a tenant lock and an event recorder. All
 * are thread-safe and keep data only as long as the instance.
 */
package io.github.receivables.spi.memory;
