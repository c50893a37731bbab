/**
 * The SDK's storage SPI over plain JDBC, on H2 and PostgreSQL: {@link
 * io.github.receivables.examples.jdbc.JdbcStores} implements {@link
 * io.github.receivables.spi.store.Stores} with Flyway migrations, keyset paging, streaming reads
 * and row locks for the reminder outbox. Everything but {@code JdbcStores} and {@link
 * io.github.receivables.examples.jdbc.JdbcStoreException} is internal.
 */
package io.github.receivables.examples.jdbc;
